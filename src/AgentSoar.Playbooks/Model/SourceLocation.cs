namespace AgentSoar.Playbooks.Model;

/// <summary>A position in a playbook file: 1-based line and column, as editors count them.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation None { get; } = new("<none>", 0, 0);

    /// <summary>Moves this location by a character offset within the same line (for positions inside an expression).</summary>
    public SourceLocation Offset(int columns) => this with { Column = Column + columns };

    public override string ToString() => $"{File}:{Line}:{Column}";
}
