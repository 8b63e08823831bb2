using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Loading;

/// <summary>What a reload of a playbook folder changed in service, and the problems it found that were not there before.</summary>
public sealed record PlaybookReload(
    IReadOnlyList<Playbook> Added,
    IReadOnlyList<(Playbook Old, Playbook New)> Replaced,
    IReadOnlyList<Playbook> Kept,
    IReadOnlyList<Playbook> Removed,
    IReadOnlyList<PlaybookDiagnostic> NewProblems);
