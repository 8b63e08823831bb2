using AgentSoar.ConnectorHost.Execution;
using AgentSoar.Contracts.Actions;
using MassTransit;

namespace AgentSoar.ConnectorHost.Messaging;

/// <summary>
/// Executes the <see cref="ExecuteAction"/> commands of a connector queue and publishes
/// <see cref="ActionCompleted"/> or <see cref="ActionFailed"/>. Configure it on the connector
/// endpoints only (<c>agentsoar.connector.&lt;name&gt;</c>).
/// </summary>
public sealed class ExecuteActionConsumer(ActionExecutor executor, ILogger<ExecuteActionConsumer> logger) : IConsumer<ExecuteAction>
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<ExecuteAction> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Message;
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["IncidentId"] = command.IncidentId,
            ["RunId"] = command.RunId,
            ["StepId"] = command.StepId,
            ["ExecutionId"] = command.ExecutionId,
            ["Connector"] = command.Connector,
            ["Action"] = command.Action,
        });

        var result = await executor.ExecuteAsync(command, context.ReceiveContext.Redelivered, context.CancellationToken);
        if (result.Completed is { } completed)
        {
            await context.Publish(completed, context.CancellationToken);
        }
        else
        {
            await context.Publish(result.Failed!, context.CancellationToken);
        }
    }
}
