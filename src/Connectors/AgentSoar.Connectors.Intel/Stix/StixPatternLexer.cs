using System.Text;

namespace AgentSoar.Connectors.Intel.Stix;

/// <summary>
/// Splits a STIX 2.1 pattern into tokens by hand: one pass, no backtracking, bounded by
/// <see cref="MaxTokens"/>. An object path (<c>file:hashes.'SHA-256'</c>,
/// <c>email-message:body_multipart[*].body_raw_ref.name</c>) is one token.
/// </summary>
internal static class StixPatternLexer
{
    public const int MaxTokens = 4096;

    public static List<StixToken> Tokenize(string pattern)
    {
        var tokens = new List<StixToken>();
        var i = 0;
        while (true)
        {
            while (i < pattern.Length && char.IsWhiteSpace(pattern[i]))
            {
                i++;
            }

            if (tokens.Count >= MaxTokens)
            {
                throw new StixPatternException($"the pattern has more than {MaxTokens} tokens", i);
            }

            if (i >= pattern.Length)
            {
                tokens.Add(new StixToken(StixTokenKind.End, "", i));
                return tokens;
            }

            var start = i;
            var c = pattern[i];
            switch (c)
            {
                case '[':
                    tokens.Add(new StixToken(StixTokenKind.LeftBracket, "[", i++));
                    continue;
                case ']':
                    tokens.Add(new StixToken(StixTokenKind.RightBracket, "]", i++));
                    continue;
                case '(':
                    tokens.Add(new StixToken(StixTokenKind.LeftParen, "(", i++));
                    continue;
                case ')':
                    tokens.Add(new StixToken(StixTokenKind.RightParen, ")", i++));
                    continue;
                case ',':
                    tokens.Add(new StixToken(StixTokenKind.Comma, ",", i++));
                    continue;
                case '\'':
                    tokens.Add(new StixToken(StixTokenKind.String, ReadString(pattern, ref i), start));
                    continue;
                case '=':
                    tokens.Add(new StixToken(StixTokenKind.Operator, "=", i++));
                    continue;
                case '!' or '<' or '>':
                    i++;
                    if (i < pattern.Length && pattern[i] == '=')
                    {
                        i++;
                    }
                    else if (c == '!')
                    {
                        throw new StixPatternException("'!' must be followed by '='", start);
                    }
                    else if (c == '<' && i < pattern.Length && pattern[i] == '>')
                    {
                        i++;
                    }

                    tokens.Add(new StixToken(StixTokenKind.Operator, pattern[start..i], start));
                    continue;
            }

            if (c is 't' or 'b' or 'h' && i + 1 < pattern.Length && pattern[i + 1] == '\'')
            {
                i++;
                tokens.Add(new StixToken(StixTokenKind.TypedString, ReadString(pattern, ref i), start, c));
                continue;
            }

            if (char.IsAsciiDigit(c) || (c is '-' or '+' && i + 1 < pattern.Length && char.IsAsciiDigit(pattern[i + 1])))
            {
                i++;
                while (i < pattern.Length && (char.IsAsciiDigit(pattern[i]) || pattern[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new StixToken(StixTokenKind.Number, pattern[start..i], start));
                continue;
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < pattern.Length && (char.IsAsciiLetterOrDigit(pattern[i]) || pattern[i] is '_' or '-'))
                {
                    i++;
                }

                if (i < pattern.Length && pattern[i] == ':')
                {
                    tokens.Add(new StixToken(StixTokenKind.ObjectPath, ReadPath(pattern, start, ref i), start));
                }
                else
                {
                    tokens.Add(new StixToken(StixTokenKind.Word, pattern[start..i], start));
                }

                continue;
            }

            throw new StixPatternException($"unexpected character '{c}'", i);
        }
    }

    /// <summary>Reads <c>'...'</c> from the opening quote; <c>\'</c> and <c>\\</c> are the only escapes.</summary>
    private static string ReadString(string pattern, ref int i)
    {
        var start = i;
        i++;
        var text = new StringBuilder();
        while (i < pattern.Length)
        {
            var c = pattern[i++];
            if (c == '\'')
            {
                return text.ToString();
            }

            if (c == '\\')
            {
                if (i >= pattern.Length || pattern[i] is not ('\'' or '\\'))
                {
                    throw new StixPatternException("a backslash in a string must escape ' or \\", i - 1);
                }

                c = pattern[i++];
            }

            text.Append(c);
        }

        throw new StixPatternException("unterminated string", start);
    }

    /// <summary>Reads the rest of an object path after its type: <c>:name</c>, then <c>.name</c>, <c>.'quoted'</c> or <c>[n]</c>/<c>[*]</c> steps.</summary>
    private static string ReadPath(string pattern, int start, ref int i)
    {
        var path = new StringBuilder(pattern[start..i]).Append(':');
        i++;
        var first = true;
        while (true)
        {
            if (first || (i < pattern.Length && pattern[i] == '.'))
            {
                if (!first)
                {
                    path.Append('.');
                    i++;
                }

                if (i < pattern.Length && pattern[i] == '\'')
                {
                    path.Append(ReadString(pattern, ref i));
                }
                else
                {
                    var nameStart = i;
                    while (i < pattern.Length && (char.IsAsciiLetterOrDigit(pattern[i]) || pattern[i] is '_' or '-'))
                    {
                        i++;
                    }

                    if (i == nameStart)
                    {
                        throw new StixPatternException("expected a property name in the object path", i);
                    }

                    path.Append(pattern, nameStart, i - nameStart);
                }

                first = false;
                continue;
            }

            if (i < pattern.Length && pattern[i] == '[' && i + 1 < pattern.Length && (pattern[i + 1] == '*' || char.IsAsciiDigit(pattern[i + 1])))
            {
                var indexStart = i;
                i++;
                while (i < pattern.Length && (pattern[i] == '*' || char.IsAsciiDigit(pattern[i])))
                {
                    i++;
                }

                if (i >= pattern.Length || pattern[i] != ']')
                {
                    throw new StixPatternException("expected ']' after a list index in the object path", i);
                }

                i++;
                path.Append(pattern, indexStart, i - indexStart);
                continue;
            }

            return path.ToString();
        }
    }
}
