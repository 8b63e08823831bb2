using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Runs;

/// <summary>
/// The whole durable state of one playbook run. The engine never mutates it: each event produces a
/// new state. Persisted as JSON by the Coordinator, with optimistic concurrency on <see cref="Version"/>.
/// </summary>
public sealed record RunState(
    Guid RunId,
    Guid IncidentId,
    string PlaybookId,
    int PlaybookVersion,
    string PlaybookHash,
    string StartedBy,
    JsonNode? Alert,
    JsonObject Incident,
    JsonObject Inputs,
    DateTimeOffset CreatedAt)
{
    public RunStatus Status { get; init; } = RunStatus.Running;

    public string? Reason { get; init; }

    /// <summary>The pinned playbook's YAML, so the run continues with the version it started with whatever happens to the file.</summary>
    public string? PlaybookSource { get; init; }

    public JsonNode? Outputs { get; init; }

    /// <summary>Set once a rollback of this run was asked for: who, why, and the undo actions planned.</summary>
    public RollbackState? Rollback { get; init; }

    /// <summary>The variables <c>set</c> steps have set, read as <c>vars.name</c>.</summary>
    public JsonObject Vars { get; init; } = [];

    /// <summary>
    /// How many actions the run has dispatched and approvals it has asked for. Each one's id and idempotency key
    /// carry its number, so a step run again (a retried block re-runs everything inside it) never reuses the ids of
    /// an earlier run of it, and the connector host's idempotency cache cannot answer it with an old result.
    /// </summary>
    public long Sequence { get; init; }

    /// <summary>Steps in the order the run reached them.</summary>
    public ImmutableList<StepState> Steps { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; } = CreatedAt;

    public long Version { get; init; }

    public StepState? FindStep(string id) => Steps.Find(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>The earliest deadline of a step still in flight: when the watchdog must look at this run.</summary>
    public DateTimeOffset? WakeAt =>
        Status.IsFinal() ? null : Steps.Where(s => !s.Status.IsFinal() && s.WakeAt is not null).Select(s => s.WakeAt).Min();

    internal RunState WithoutSteps(Func<StepState, bool> match) => this with { Steps = Steps.RemoveAll(s => match(s)) };

    internal RunState WithStep(StepState step)
    {
        var index = Steps.FindIndex(s => string.Equals(s.Id, step.Id, StringComparison.Ordinal));
        return this with { Steps = index < 0 ? Steps.Add(step) : Steps.SetItem(index, step) };
    }
}
