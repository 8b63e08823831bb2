using System.Globalization;
using System.Text;

namespace AgentSoar.Playbooks.Expressions.Syntax;

/// <summary>Reads a single- or double-quoted string literal with its escapes.</summary>
internal static class StringLiteral
{
    public static Token Read(string text, int start, Locator locate)
    {
        var quote = text[start];
        var value = new StringBuilder();
        var pos = start + 1;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == quote)
            {
                return new Token(TokenKind.String, start, pos + 1, value.ToString());
            }

            if (c != '\\')
            {
                value.Append(c);
                pos++;
                continue;
            }

            if (pos + 1 >= text.Length)
            {
                break;
            }

            pos += ReadEscape(text, pos, value, locate);
        }

        throw new ExpressionException($"unterminated string: no closing {quote}", locate(start));
    }

    /// <summary>Appends the escaped character and returns how many source characters the escape took.</summary>
    private static int ReadEscape(string text, int backslash, StringBuilder value, Locator locate)
    {
        var kind = text[backslash + 1];
        switch (kind)
        {
            case '\\' or '\'' or '"' or '/':
                value.Append(kind);
                return 2;
            case 'n':
                value.Append('\n');
                return 2;
            case 't':
                value.Append('\t');
                return 2;
            case 'r':
                value.Append('\r');
                return 2;
            case 'u':
                var hex = backslash + 6 <= text.Length ? text.Substring(backslash + 2, 4) : string.Empty;
                if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) || hex.Length != 4)
                {
                    throw new ExpressionException("invalid escape: \\u needs four hex digits", locate(backslash));
                }

                value.Append((char)code);
                return 6;
            default:
                throw new ExpressionException(
                    $"invalid escape '\\{Lexer.Printable(kind)}' (use \\\\ \\' \\\" \\n \\t \\r or \\uXXXX)", locate(backslash));
        }
    }
}
