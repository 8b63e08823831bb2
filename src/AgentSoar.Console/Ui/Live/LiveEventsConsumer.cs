using AgentSoar.Contracts.Approvals;
using AgentSoar.Contracts.Incidents;
using AgentSoar.Contracts.Runs;
using MassTransit;

namespace AgentSoar.Console.Ui.Live;

/// <summary>Hears the Coordinator's change notices on this instance's own queue and hands them to the feed.</summary>
public sealed class LiveEventsConsumer(IncidentFeed feed) : IConsumer<IncidentUpdated>, IConsumer<RunUpdated>, IConsumer<ApprovalUpdated>
{
    public Task Consume(ConsumeContext<IncidentUpdated> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        return feed.PublishAsync(new LiveChange("incident", m.IncidentId, null, m.Status, m.Change, m.At), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<RunUpdated> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        var change = m.StepId is null ? m.Status : $"{m.StepId}: {m.StepStatus}";
        return feed.PublishAsync(new LiveChange("run", m.IncidentId, m.RunId, m.Status, change, m.At), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ApprovalUpdated> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        var change = $"{m.StepId}: approval {m.Status} ({m.ApprovalsGiven} of {m.ApprovalsRequired})";
        return feed.PublishAsync(new LiveChange("approval", m.IncidentId, m.RunId, m.Status, change, m.At), context.CancellationToken);
    }
}
