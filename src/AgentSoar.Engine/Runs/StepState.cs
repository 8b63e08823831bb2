using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Runs;

/// <summary>
/// What happened to one step of a run. Only steps the run has reached have a state. <see cref="Id"/> is the step's
/// instance id: its playbook id, prefixed for each loop round (<c>each[2]/block</c>) and each called playbook
/// (<c>enrich/lookup</c>) it runs in, so every repetition of a step has a state of its own.
/// </summary>
public sealed record StepState(string Id, string Kind, StepStatus Status)
{
    public string? Connector { get; init; }

    public string? Action { get; init; }

    /// <summary>
    /// What the step worked on, rendered: an action's inputs, a question, a loop's items, a called playbook's inputs.
    /// </summary>
    public JsonNode? Inputs { get; init; }

    public JsonNode? Output { get; init; }

    public bool Simulated { get; init; }

    public string? Error { get; init; }

    /// <summary>How it failed, in the words of <c>retry.on</c>: transient, timeout, permanent, denied...</summary>
    public string? ErrorKind { get; init; }

    /// <summary>Why the step went the way it did: the branch taken and the value that decided it, a skipped guard...</summary>
    public string? Detail { get; init; }

    /// <summary>The expression that decided this step's way (condition, switch value, guard, loop condition), its value, and the way taken.</summary>
    public BranchDecision? Decision { get; init; }

    /// <summary>For a branching step (if, switch): the index, in <c>Step.Branches</c>, of the branch it took.</summary>
    public int? Taken { get; init; }

    public Guid? ExecutionId { get; init; }

    public Guid? ApprovalId { get; init; }

    public string? ActionHash { get; init; }

    /// <summary>
    /// The action's outcome is unknown (its host stopped while running it, and it is not idempotent): the step waits
    /// for a person to say whether to run it again, count it as done, or fail it. <see cref="ApprovalId"/> is that question.
    /// </summary>
    public bool OutcomeUnknown { get; init; }

    /// <summary>How many times the connector host tried the action for the current attempt.</summary>
    public int Attempts { get; init; }

    /// <summary>Which attempt of the step this is (1 for the first); the engine retries per the step's <c>retry</c>.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>The attempts that failed before this one, oldest first.</summary>
    public ImmutableList<StepAttempt> PreviousAttempts { get; init; } = [];

    /// <summary>When a retry is due: the step waits, failed, until then.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>The retry's time has come: the walker starts the next attempt where it knows the step's surroundings.</summary>
    public bool RestartDue { get; init; }

    /// <summary>When the step fails unless it has finished: its <c>timeout</c> (an action's is its <see cref="Deadline"/>).</summary>
    public DateTimeOffset? TimesOutAt { get; init; }

    /// <summary>A called playbook's YAML, pinned when the call started, as the run pins its own.</summary>
    public string? PlaybookSource { get; init; }

    /// <summary>The variables a called playbook has set: each call has its own.</summary>
    public JsonObject? Vars { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>When the watchdog acts if nothing has happened: approval expiry, or the action's time budget.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>The next moment the watchdog must look at this step, if any.</summary>
    public DateTimeOffset? WakeAt => new[] { Deadline, RetryAt, TimesOutAt }.Where(t => t is not null).Min();
}
