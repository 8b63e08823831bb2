namespace AgentSoar.Engine.Commands;

/// <summary>The approval's time ran out before a decision: record it as expired (a denial).</summary>
public sealed record ExpireApproval(Guid ApprovalId, string StepId) : RunCommand;
