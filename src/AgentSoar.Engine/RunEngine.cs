using System.Text.Json.Nodes;
using AgentSoar.Engine.Events;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine;

/// <summary>
/// The run state machine: (state, event) → (new state, commands). Pure: no clock, no bus, no
/// database, no randomness. The Coordinator persists the result and carries the commands out.
/// </summary>
public static class RunEngine
{
    public static RunState Create(
        Guid runId,
        Guid incidentId,
        Playbook playbook,
        string startedBy,
        JsonNode? alert,
        JsonObject incident,
        JsonObject inputs,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        return new RunState(runId, incidentId, playbook.Id, playbook.Metadata.Version, playbook.ContentHash, startedBy, alert, incident, inputs, now)
        {
            PlaybookSource = playbook.SourceText,
        };
    }

    public static EngineResult Apply(RunState state, RunEvent @event, EngineContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(context);

        if (@event is RollbackRequested rollback)
        {
            var planner = new RunWalker(state, context, rollback.At);
            if (!planner.BeginRollback(rollback))
            {
                return new EngineResult(state, [], Changed: false);
            }

            planner.Continue();
            return new EngineResult(planner.State with { UpdatedAt = rollback.At }, planner.Commands, Changed: true);
        }

        if (state.Status.IsFinal())
        {
            return RecordLateResult(state, @event, context);
        }

        var walker = new RunWalker(state, context, @event.At);
        var applied = walker.ApplyEvent(@event);
        if (!applied && @event is not RunStarted)
        {
            return new EngineResult(state, [], Changed: false);
        }

        walker.Continue();
        return new EngineResult(walker.State with { UpdatedAt = @event.At }, walker.Commands, Changed: true);
    }

    /// <summary>
    /// An action still in flight when its run ended (a sibling branch failed it) reports later: its
    /// result is recorded, so the trail says what really happened, but nothing new starts.
    /// </summary>
    private static EngineResult RecordLateResult(RunState state, RunEvent @event, EngineContext context)
    {
        if (@event is not (ActionSucceeded or ActionFailedEvent))
        {
            return new EngineResult(state, [], Changed: false);
        }

        var walker = new RunWalker(state, context, @event.At);
        return walker.ApplyEvent(@event)
            ? new EngineResult(walker.State with { UpdatedAt = @event.At }, walker.Commands, Changed: true)
            : new EngineResult(state, [], Changed: false);
    }
}
