using System.Text.Json;

namespace AgentSoar.Contracts.Approvals;

/// <summary>A gated action waits for people. <see cref="ActionHash"/> binds the approval to the exact action.</summary>
public sealed record ApprovalRequested(
    Guid ApprovalId,
    Guid RunId,
    Guid IncidentId,
    string StepId,
    string Connector,
    string Action,
    JsonElement Inputs,
    string ActionHash,
    RiskLevel Risk,
    int RequiredApprovals,
    string? Role,
    string ProposedBy,
    string Reason,
    DateTimeOffset ExpiresAt) : ICorrelated
{
    Guid? ICorrelated.IncidentId => IncidentId;

    Guid? ICorrelated.RunId => RunId;

    string? ICorrelated.StepId => StepId;

    /// <summary>Set when an approval step asks a question rather than an action asking to run.</summary>
    public ApprovalQuestion? Question { get; init; }

    /// <summary>The input value that made the action touch a classified asset (the most critical one), when it does.</summary>
    public string? Target { get; init; }

    /// <summary>The asset class <see cref="Target"/> belongs to, as the approval policy names it.</summary>
    public string? Asset { get; init; }

    public AssetCriticality? TargetCriticality { get; init; }

    /// <summary>How many distinct values the action names, when that reached the policy's blast radius.</summary>
    public int? TargetCount { get; init; }
}
