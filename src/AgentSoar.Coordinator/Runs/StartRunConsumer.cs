using AgentSoar.Contracts.Runs;
using AgentSoar.Coordinator.Catalog;
using AgentSoar.Coordinator.Playbooks;
using AgentSoar.Engine.Runs;
using MassTransit;

namespace AgentSoar.Coordinator.Runs;

/// <summary>
/// A person asks for a playbook on an incident (<see cref="StartRun"/>), or for one connector action from chat
/// (<see cref="StartActionRun"/>, run as a one-step playbook). Unknown incident, playbook or action, inputs that
/// don't fit, or a playbook riskier than the requester may start: refused, nothing stored.
/// </summary>
public sealed class StartRunConsumer(PlaybookRegistry playbooks, ConnectorCatalogCache connectors, RunStarter starter)
    : IConsumer<StartRun>, IConsumer<StartActionRun>
{
    public async Task Consume(ConsumeContext<StartRun> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Message;
        var playbook = playbooks.Find(request.PlaybookId);
        await context.RespondAsync(playbook is null
            ? new StartRunResult(null, $"no playbook '{request.PlaybookId}' is loaded", 404)
            : starter.RefuseAbove(playbook, request.MaxRisk, request.RequestedBy)
              ?? await starter.StartAsync(playbook, request.IncidentId, request.Inputs, request.RequestedBy, $"requested by {request.RequestedBy}", RunIdOf(context), null, null, context.CancellationToken));
    }

    public async Task Consume(ConsumeContext<StartActionRun> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Message;
        if (connectors.Find(request.Connector, request.Action) is null)
        {
            await context.RespondAsync(new StartRunResult(null, $"no connector host announces {request.Connector}.{request.Action}", 404));
            return;
        }

        var (playbook, problem) = ChatActionPlaybook.For(request.Connector, request.Action, request.Inputs);
        await context.RespondAsync(playbook is null
            ? new StartRunResult(null, problem!, 422)
            : await starter.StartAsync(playbook, request.IncidentId, null, request.RequestedBy, $"asked in chat by {request.RequestedBy}: {request.Reason}", RunIdOf(context), null, null, context.CancellationToken));
    }

    /// <summary>The run id derives from the request, so a redelivered request finds its run instead of starting a second one.</summary>
    public static Guid RunIdOf(ConsumeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return DeterministicGuid.Create(context.RequestId ?? context.MessageId ?? Guid.NewGuid(), "run");
    }
}
