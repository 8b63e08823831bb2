using AgentSoar.Contracts.Actions;
using AgentSoar.Engine.Events;
using MassTransit;

namespace AgentSoar.Coordinator.Runs;

public sealed class ActionCompletedConsumer(RunCoordinator runs) : IConsumer<ActionCompleted>
{
    public Task Consume(ConsumeContext<ActionCompleted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        var output = System.Text.Json.Nodes.JsonNode.Parse(m.Output.GetRawText());
        return runs.ApplyAsync(m.RunId, new ActionSucceeded(m.FinishedAt, m.ExecutionId, m.StepId, output, m.Simulated, m.Attempts), context.CancellationToken);
    }
}
