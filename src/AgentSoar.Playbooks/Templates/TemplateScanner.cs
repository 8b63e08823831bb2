using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Expressions.Syntax;

namespace AgentSoar.Playbooks.Templates;

/// <summary>Finds the <c>${{ ... }}</c> in a text. A <c>}}</c> inside a quoted string in the expression does not close it.</summary>
internal static class TemplateScanner
{
    public static (List<string> Literals, List<(int Start, int Length)> Bodies) Split(string text, Locator locate)
    {
        var literals = new List<string>();
        var bodies = new List<(int Start, int Length)>();
        var pos = 0;
        while (true)
        {
            var open = text.IndexOf(TemplateParser.Open, pos, StringComparison.Ordinal);
            if (open < 0)
            {
                literals.Add(text[pos..]);
                return (literals, bodies);
            }

            literals.Add(text[pos..open]);
            var start = open + TemplateParser.Open.Length;
            var close = FindClose(text, start)
                ?? throw new ExpressionException($"unterminated '{TemplateParser.Open}': no closing '{TemplateParser.Close}'", locate(open));
            bodies.Add((start, close - start));
            pos = close + TemplateParser.Close.Length;
        }
    }

    private static int? FindClose(string text, int pos)
    {
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c is '\'' or '"')
            {
                pos = SkipString(text, pos);
            }
            else if (c == '}' && pos + 1 < text.Length && text[pos + 1] == '}')
            {
                return pos;
            }
            else
            {
                pos++;
            }
        }

        return null;
    }

    /// <summary>The offset after the closing quote, or the end of the text when there is none.</summary>
    private static int SkipString(string text, int open)
    {
        var pos = open + 1;
        while (pos < text.Length && text[pos] != text[open])
        {
            pos += text[pos] == '\\' ? 2 : 1;
        }

        return Math.Min(pos + 1, text.Length);
    }
}
