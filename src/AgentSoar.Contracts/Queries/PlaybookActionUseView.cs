namespace AgentSoar.Contracts.Queries;

/// <summary>
/// One action step of a playbook: the action it calls, its risk and whether it changes anything (null when no
/// connector host has announced that action), and whether the playbook itself asks for an approval.
/// </summary>
public sealed record PlaybookActionUseView(string StepId, string Connector, string Action, RiskLevel? Risk, bool? Mutating, bool AsksApproval);
