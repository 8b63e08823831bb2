namespace AgentSoar.Playbooks.Model;

public sealed record PlaybookMetadata(
    string Id,
    string Name,
    int Version,
    string? Description,
    IReadOnlyList<string> Tags);
