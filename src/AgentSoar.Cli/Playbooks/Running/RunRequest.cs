namespace AgentSoar.Cli.Playbooks.Running;

/// <summary>What <c>agentsoar playbook run</c> was asked to do.</summary>
internal sealed record RunRequest(
    string PlaybookPath,
    string AlertPath,
    bool Simulate,
    IReadOnlyList<string> Inputs,
    ApprovalMode Approvals,
    bool Json);
