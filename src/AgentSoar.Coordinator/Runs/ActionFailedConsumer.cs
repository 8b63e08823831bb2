using AgentSoar.Contracts.Actions;
using AgentSoar.Engine;
using AgentSoar.Engine.Events;
using MassTransit;

namespace AgentSoar.Coordinator.Runs;

// Events are stamped with this Coordinator's clock, not the sender's: deadlines computed
// from another machine's time (or from a message resent after an outage) would be wrong.
public sealed class ActionFailedConsumer(RunCoordinator runs, TimeProvider clock) : IConsumer<ActionFailed>
{
    public Task Consume(ConsumeContext<ActionFailed> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        return runs.ApplyAsync(
            m.RunId,
            new ActionFailedEvent(clock.GetUtcNow(), m.ExecutionId, m.StepId, EngineJson.EnumName(m.ErrorKind), m.Error, m.Attempts),
            context.CancellationToken);
    }
}
