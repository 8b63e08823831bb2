using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Syntax;

internal static class TextLocator
{
    /// <summary>
    /// Locates offsets in text that appears verbatim in the file from <paramref name="origin"/> on. After a line
    /// break the column restarts at 1: the caller knows no indentation, so this is exact only for unindented text.
    /// </summary>
    public static Locator From(string text, SourceLocation origin) => offset =>
    {
        var end = Math.Clamp(offset, 0, text.Length);
        var lastBreak = text.LastIndexOf('\n', Math.Max(end - 1, 0), end);
        if (lastBreak < 0)
        {
            return origin.Offset(offset);
        }

        var breaks = text.AsSpan(0, lastBreak + 1).Count('\n');
        return origin with { Line = origin.Line + breaks, Column = offset - lastBreak };
    };
}
