using System.Globalization;

namespace AgentSoar.Playbooks.Expressions.Syntax;

/// <summary>Splits an expression into tokens. Every error carries the position of the offending character.</summary>
internal static class Lexer
{
    public static List<Token> Tokenize(string text, Locator locate)
    {
        var tokens = new List<Token>();
        var pos = 0;
        while (true)
        {
            while (pos < text.Length && text[pos] is ' ' or '\t' or '\r' or '\n')
            {
                pos++;
            }

            if (pos >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, pos, pos, string.Empty));
                return tokens;
            }

            var token = Next(text, pos, locate);
            tokens.Add(token);
            pos = token.End;
        }
    }

    private static Token Next(string text, int pos, Locator locate)
    {
        var c = text[pos];
        if (char.IsAsciiDigit(c))
        {
            return ReadNumber(text, pos, locate);
        }

        if (c is '\'' or '"')
        {
            return StringLiteral.Read(text, pos, locate);
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            return ReadWord(text, pos);
        }

        var two = pos + 1 < text.Length ? text.Substring(pos, 2) : string.Empty;
        var twoKind = two switch
        {
            "||" => TokenKind.OrOr,
            "&&" => TokenKind.AndAnd,
            "==" => TokenKind.EqualEqual,
            "!=" => TokenKind.NotEqual,
            "<=" => TokenKind.LessEqual,
            ">=" => TokenKind.GreaterEqual,
            _ => (TokenKind?)null,
        };
        if (twoKind is { } kind)
        {
            return new Token(kind, pos, pos + 2, two);
        }

        var oneKind = c switch
        {
            '!' => TokenKind.Bang,
            '<' => TokenKind.Less,
            '>' => TokenKind.Greater,
            '+' => TokenKind.Plus,
            '-' => TokenKind.Minus,
            '*' => TokenKind.Star,
            '/' => TokenKind.Slash,
            '%' => TokenKind.Percent,
            '(' => TokenKind.LeftParen,
            ')' => TokenKind.RightParen,
            '[' => TokenKind.LeftBracket,
            ']' => TokenKind.RightBracket,
            '.' => TokenKind.Dot,
            ',' => TokenKind.Comma,
            _ => (TokenKind?)null,
        };
        if (oneKind is { } single)
        {
            return new Token(single, pos, pos + 1, c.ToString());
        }

        throw new ExpressionException(c switch
        {
            '=' => "unexpected '='; did you mean '=='?",
            '&' => "unexpected '&'; did you mean '&&'?",
            '|' => "unexpected '|'; did you mean '||'?",
            _ => $"unexpected character '{Printable(c)}'",
        }, locate(pos));
    }

    private static Token ReadNumber(string text, int start, Locator locate)
    {
        var pos = start;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        // A dot followed by a digit continues the number; any other dot is member access (e.g. a list index path).
        if (pos + 1 < text.Length && text[pos] == '.' && char.IsAsciiDigit(text[pos + 1]))
        {
            pos++;
            while (pos < text.Length && char.IsAsciiDigit(text[pos]))
            {
                pos++;
            }
        }

        if (pos < text.Length && (char.IsAsciiLetter(text[pos]) || text[pos] == '_'))
        {
            throw new ExpressionException($"unexpected '{text[pos]}' after a number (durations are written duration('{text[start..pos]}{text[pos]}'))", locate(pos));
        }

        var digits = text[start..pos];
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new ExpressionException($"number {digits} is too large", locate(start));
        }

        return new Token(TokenKind.Number, start, pos, digits, value);
    }

    private static Token ReadWord(string text, int start)
    {
        var pos = start;
        while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] == '_'))
        {
            pos++;
        }

        var word = text[start..pos];
        var kind = word switch
        {
            "true" => TokenKind.True,
            "false" => TokenKind.False,
            "null" => TokenKind.Null,
            "in" => TokenKind.In,
            _ => TokenKind.Identifier,
        };
        return new Token(kind, start, pos, word);
    }

    internal static string Printable(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString();
}
