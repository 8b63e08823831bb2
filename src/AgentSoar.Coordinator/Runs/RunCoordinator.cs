using System.Text.Json.Nodes;
using AgentSoar.Coordinator.Catalog;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Coordinator.Playbooks;
using AgentSoar.Engine;
using AgentSoar.Engine.Approvals;
using AgentSoar.Engine.Events;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Model;
using AgentSoar.Storage;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Runs;

/// <summary>
/// The shell around the pure engine: loads a run, applies an event, and saves the new state with
/// the engine's commands in one transaction, guarded by the row version. A conflict (another
/// replica got there first) re-reads and re-applies; a redelivered event changes nothing.
/// </summary>
public sealed partial class RunCoordinator(
    ICoordinatorStore store,
    OutboxDispatcher dispatcher,
    RunCommandHandler commands,
    PlaybookRegistry playbooks,
    ConnectorCatalogCache catalog,
    ApprovalPolicy policy,
    IOptions<CoordinatorOptions> options,
    TimeProvider clock,
    ILogger<RunCoordinator> logger)
{
    private const int MaxConflictRetries = 10;

    public EngineContext ContextFor(Playbook playbook) =>
        new(playbook, policy, catalog) { DefaultActionTimeout = options.Value.DefaultActionTimeout, DispatchGrace = options.Value.DispatchGrace, Playbooks = playbooks };

    /// <summary>
    /// Before a transaction that starts a run: returns once the connectors are known (or no host answered in time), so the
    /// first steps are gated by the actions' declared risk. See <see cref="ConnectorCatalogCache.WaitUntilAnnouncedAsync"/>.
    /// </summary>
    public Task WaitForCatalogAsync(CancellationToken ct) => catalog.WaitUntilAnnouncedAsync(ct);

    /// <summary>Creates a run inside <paramref name="tx"/> (the caller commits) and takes its first steps.</summary>
    public async Task<RunState> StartInAsync(
        CoordinatorTransaction tx,
        Playbook playbook,
        Guid runId,
        Guid incidentId,
        JsonNode? alert,
        JsonObject incident,
        JsonObject inputs,
        string startedBy,
        string why,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(playbook);
        var now = clock.GetUtcNow();
        var created = RunEngine.Create(runId, incidentId, playbook, startedBy, alert, incident, inputs, now);
        var result = RunEngine.Apply(created, new RunStarted(now), ContextFor(playbook));
        var state = result.State with { Version = 1 };
        await tx.Store.InsertRunAsync(RunStateJson.ToRecord(state), ct);
        tx.Audit(startedBy, "run_started", incidentId, runId, null, new JsonObject
        {
            ["playbook"] = playbook.Id,
            ["version"] = playbook.Metadata.Version,
            ["content_hash"] = playbook.ContentHash,
            ["inputs"] = inputs.DeepClone(),
            ["why"] = why,
        });
        await commands.ExecuteAsync(tx, state, result.Commands, ct);
        LogStarted(logger, runId, playbook.Id, startedBy);
        return state;
    }

    /// <summary>Applies an event to a run. Returns false when the run does not exist or the event changed nothing.</summary>
    public async Task<bool> ApplyAsync(Guid runId, RunEvent @event, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@event);
        await catalog.WaitUntilAnnouncedAsync(ct);
        for (var attempt = 1; attempt <= MaxConflictRetries; attempt++)
        {
            var record = await store.GetRunAsync(runId, ct);
            if (record is null)
            {
                LogUnknownRun(logger, runId, @event.GetType().Name);
                return false;
            }

            var state = RunStateJson.FromRecord(record);
            var playbook = playbooks.FindPinned(state.PlaybookId, state.PlaybookHash, state.PlaybookSource);
            var result = playbook is null
                ? Abandon(state, @event.At)
                : RunEngine.Apply(state, @event, ContextFor(playbook));
            if (!result.Changed)
            {
                return false;
            }

            var next = result.State with { Version = record.Version + 1 };
            await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
            if (!await tx.Store.TryUpdateRunAsync(RunStateJson.ToRecord(next), ct))
            {
                LogConflict(logger, runId, attempt);
                continue;
            }

            try
            {
                await commands.ExecuteAsync(tx, next, result.Commands, ct);
            }
            catch (ConcurrencyConflictException)
            {
                // An approval changed under a command (a vote landed as it expired): start over from a fresh read.
                LogConflict(logger, runId, attempt);
                continue;
            }

            await tx.CommitAsync(ct);
            return true;
        }

        throw new ConcurrencyConflictException($"run {runId} kept changing under {MaxConflictRetries} attempts");
    }

    /// <summary>The pinned playbook can no longer be had (no copy, or the copy no longer validates): the run fails, saying so.</summary>
    private static EngineResult Abandon(RunState state, DateTimeOffset now)
    {
        if (state.Status.IsFinal())
        {
            return new EngineResult(state, [], Changed: false);
        }

        var reason = $"the playbook version this run started with ({state.PlaybookId} v{state.PlaybookVersion}, {state.PlaybookHash[..12]}) is no longer loaded";
        var failed = state with { Status = RunStatus.Failed, Reason = reason, UpdatedAt = now };
        return new EngineResult(failed, [new Engine.Commands.RecordAudit("run_finished", null, new JsonObject { ["status"] = "failed", ["reason"] = reason })], Changed: true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} of playbook {PlaybookId} started by {StartedBy}")]
    private static partial void LogStarted(ILogger logger, Guid runId, string playbookId, string startedBy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventType} for unknown run {RunId} ignored")]
    private static partial void LogUnknownRun(ILogger logger, Guid runId, string eventType);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId} changed concurrently (attempt {Attempt}); re-reading")]
    private static partial void LogConflict(ILogger logger, Guid runId, int attempt);
}
