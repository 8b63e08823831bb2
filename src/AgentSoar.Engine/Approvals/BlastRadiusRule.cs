namespace AgentSoar.Engine.Approvals;

/// <summary>An action naming at least <paramref name="Targets"/> distinct values needs at least <paramref name="Approvers"/> approvers.</summary>
public sealed record BlastRadiusRule(int Targets, int Approvers);
