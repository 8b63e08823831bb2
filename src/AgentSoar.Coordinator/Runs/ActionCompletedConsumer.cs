using AgentSoar.Contracts.Actions;
using AgentSoar.Engine.Events;
using MassTransit;

namespace AgentSoar.Coordinator.Runs;

// Events are stamped with this Coordinator's clock, not the sender's: deadlines computed
// from another machine's time (or from a message resent after an outage) would be wrong.
public sealed class ActionCompletedConsumer(RunCoordinator runs, TimeProvider clock) : IConsumer<ActionCompleted>
{
    public Task Consume(ConsumeContext<ActionCompleted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        var output = System.Text.Json.Nodes.JsonNode.Parse(m.Output.GetRawText());
        return runs.ApplyAsync(m.RunId, new ActionSucceeded(clock.GetUtcNow(), m.ExecutionId, m.StepId, output, m.Simulated, m.Attempts), context.CancellationToken);
    }
}
