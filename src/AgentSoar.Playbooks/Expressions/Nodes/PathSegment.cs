using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary>One step of a static path: a name (member or string key) or a list index.</summary>
internal sealed record PathSegment(string? Name, long? Index, SourceLocation Location)
{
    public override string ToString()
    {
        if (Index is { } index)
        {
            return $"[{index}]";
        }

        var name = Name ?? string.Empty;
        var plain = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
        return plain ? "." + name : $"['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";
    }
}
