using AgentSoar.Contracts.Runs;
using AgentSoar.Engine.Events;
using AgentSoar.Engine.Runs;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Runs;

/// <summary>A person asks to roll back a run. Unknown run: 404; still going or already rolled back: 409.</summary>
public sealed class RollbackRunConsumer(ICoordinatorStore store, RunCoordinator runs, TimeProvider clock) : IConsumer<RollbackRun>
{
    public async Task Consume(ConsumeContext<RollbackRun> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Message;
        var record = await store.GetRunAsync(request.RunId, context.CancellationToken);
        if (record is null)
        {
            await context.RespondAsync(new RollbackRunResult(false, $"no run with id {request.RunId}", 404));
            return;
        }

        var state = RunStateJson.FromRecord(record);
        var refusal = state.Rollback is not null ? $"the run was already rolled back (asked by {state.Rollback.RequestedBy})"
            : !state.Status.IsFinal() ? $"the run is still {state.Status.ToWire()}: a rollback undoes a finished run"
            : null;
        if (refusal is not null)
        {
            await context.RespondAsync(new RollbackRunResult(false, refusal, 409));
            return;
        }

        // A second request racing this one finds the rollback begun: the engine plans it once.
        await runs.ApplyAsync(request.RunId, new RollbackRequested(clock.GetUtcNow(), request.RequestedBy, request.Reason), context.CancellationToken);
        await context.RespondAsync(new RollbackRunResult(true, null, 202));
    }
}
