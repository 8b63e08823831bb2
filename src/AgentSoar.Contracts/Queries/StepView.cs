using System.Text.Json;

namespace AgentSoar.Contracts.Queries;

/// <summary>One step of a run as executed: what went in, what came out, how long it took, and why.</summary>
public sealed record StepView(
    string Id,
    string Kind,
    string Status,
    string? Connector,
    string? Action,
    JsonElement? Inputs,
    JsonElement? Output,
    string? Error,
    string? Detail,
    Guid? ApprovalId,
    int Attempts,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    double? DurationMs)
{
    /// <summary>Whether the connector only simulated the action (recorded what it would do, changed nothing).</summary>
    public bool Simulated { get; init; }

    /// <summary>For if and switch: the index of the branch taken (if: 0 then, 1 else; switch: the case, the default last). <see cref="Detail"/> says the expression and its value.</summary>
    public int? Taken { get; init; }

    /// <summary>The expression that decided the step's way, the value it took, and the branch that followed (if, switch, guard, while).</summary>
    public BranchDecisionView? Decision { get; init; }

    /// <summary>How the step failed, in the words of <c>retry.on</c> (transient, timeout, permanent, denied...).</summary>
    public string? ErrorKind { get; init; }

    /// <summary>Which attempt of the step this is: 1 unless its <c>retry</c> ran it again.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>The attempts that failed before this one, oldest first.</summary>
    public IReadOnlyList<StepAttemptView> PreviousAttempts { get; init; } = [];
}
