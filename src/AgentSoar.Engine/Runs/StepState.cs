using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Runs;

/// <summary>What happened to one step of a run. Only steps the run has reached have a state.</summary>
public sealed record StepState(string Id, string Kind, StepStatus Status)
{
    public string? Connector { get; init; }

    public string? Action { get; init; }

    public JsonNode? Inputs { get; init; }

    public JsonNode? Output { get; init; }

    public bool Simulated { get; init; }

    public string? Error { get; init; }

    /// <summary>Why the step went the way it did: the branch taken and the value that decided it, a skipped guard...</summary>
    public string? Detail { get; init; }

    /// <summary>For a branching step (if, switch): the index, in <c>Step.Branches</c>, of the branch it took.</summary>
    public int? Taken { get; init; }

    public Guid? ExecutionId { get; init; }

    public Guid? ApprovalId { get; init; }

    public string? ActionHash { get; init; }

    public int Attempts { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>When the watchdog acts if nothing has happened: approval expiry, or the action's time budget.</summary>
    public DateTimeOffset? Deadline { get; init; }
}
