using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Loading;

public sealed record PlaybookLoadResult(Playbook? Playbook, IReadOnlyList<PlaybookDiagnostic> Diagnostics)
{
    public bool Succeeded => Playbook is not null && Diagnostics.Count == 0;
}
