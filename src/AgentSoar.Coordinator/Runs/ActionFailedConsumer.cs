using AgentSoar.Contracts.Actions;
using AgentSoar.Engine;
using AgentSoar.Engine.Events;
using MassTransit;

namespace AgentSoar.Coordinator.Runs;

public sealed class ActionFailedConsumer(RunCoordinator runs) : IConsumer<ActionFailed>
{
    public Task Consume(ConsumeContext<ActionFailed> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        return runs.ApplyAsync(
            m.RunId,
            new ActionFailedEvent(m.FinishedAt, m.ExecutionId, m.StepId, EngineJson.EnumName(m.ErrorKind), m.Error, m.Attempts),
            context.CancellationToken);
    }
}
