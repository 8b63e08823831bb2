namespace AgentSoar.Playbooks.Model;

public sealed record PlaybookMetadata(
    string Id,
    string Name,
    int Version,
    string? Description,
    IReadOnlyList<string> Tags)
{
    /// <summary>Where <c>metadata.id</c>'s value sits: what a duplicate-id diagnostic points at.</summary>
    public SourceLocation IdLocation { get; init; } = SourceLocation.None;
}
