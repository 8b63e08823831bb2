using AgentSoar.Contracts.Queries;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Queries;

/// <summary>Answers the console's read requests from the Coordinator's own database (no other tier reads its tables).</summary>
public sealed class QueryConsumer(ICoordinatorStore store, IncidentTactics tactics) :
    IConsumer<GetIncidents>,
    IConsumer<GetIncident>,
    IConsumer<GetAlert>,
    IConsumer<GetRuns>,
    IConsumer<GetRun>,
    IConsumer<GetApprovals>,
    IConsumer<GetAudit>,
    IConsumer<GetRejectedAlerts>
{
    private const int MaxLimit = 500;

    public async Task Consume(ConsumeContext<GetIncidents> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var incidents = await store.ListIncidentsAsync(Clamp(context.Message.Limit), context.CancellationToken);
        var named = await tactics.OfAsync(incidents, context.CancellationToken);
        await context.RespondAsync(new IncidentList(incidents.Select(i => ViewMapper.ToView(i) with { Tactics = named[i.Id] }).ToList()));
    }

    public async Task Consume(ConsumeContext<GetIncident> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var incident = await store.GetIncidentAsync(context.Message.IncidentId, ct);
        if (incident is null)
        {
            await context.RespondAsync(new IncidentDetails(null, [], [], []));
            return;
        }

        var alerts = await store.ListAlertsAsync(incident.Id, ct);
        var plans = await store.ListPlansAsync(incident.Id, ct);
        var runs = await store.ListRunsAsync(incident.Id, MaxLimit, ct);
        var comments = await store.ListIncidentCommentsAsync(incident.Id, ct);
        await context.RespondAsync(new IncidentDetails(
            ViewMapper.ToView(incident),
            alerts.Select(ViewMapper.ToView).ToList(),
            plans.Select(ViewMapper.ToView).ToList(),
            runs.Select(ViewMapper.ToView).ToList())
        {
            Comments = comments.Select(ViewMapper.ToView).ToList(),
        });
    }

    public async Task Consume(ConsumeContext<GetAlert> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var alert = await store.GetAlertAsync(context.Message.AlertId, context.CancellationToken);
        await context.RespondAsync(new AlertDetails(alert is null ? null : ViewMapper.ToView(alert)));
    }

    public async Task Consume(ConsumeContext<GetRejectedAlerts> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rejected = await store.ListRejectedAlertsAsync(Clamp(context.Message.Limit), context.CancellationToken);
        await context.RespondAsync(new RejectedAlertList(rejected
            .Select(r => new RejectedAlertView(r.Id, r.Source, r.Format, r.Kind, r.Path, r.Reason, r.Excerpt, r.Bytes, r.ReceivedAt))
            .ToList()));
    }

    public async Task Consume(ConsumeContext<GetRuns> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runs = await store.ListRunsAsync(context.Message.IncidentId, Clamp(context.Message.Limit), context.CancellationToken);
        await context.RespondAsync(new RunList(runs.Select(ViewMapper.ToView).ToList()));
    }

    public async Task Consume(ConsumeContext<GetRun> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var run = await store.GetRunAsync(context.Message.RunId, context.CancellationToken);
        await context.RespondAsync(new RunDetails(run is null ? null : ViewMapper.ToView(run)));
    }

    public async Task Consume(ConsumeContext<GetApprovals> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        var approvals = m.IncidentId is { } incident
            ? await store.ListIncidentApprovalsAsync(incident, Clamp(m.Limit), context.CancellationToken)
            : await store.ListApprovalsAsync(m.Status, Clamp(m.Limit), context.CancellationToken);
        await context.RespondAsync(new ApprovalList(approvals.Select(ViewMapper.ToView).ToList()));
    }

    public async Task Consume(ConsumeContext<GetAudit> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var m = context.Message;
        var entries = await AuditPages.ReadAsync(store, m, Clamp(m.Limit), ct);
        var verification = m.VerifyChain ? await store.VerifyAuditChainAsync(ct) : null;
        await context.RespondAsync(new AuditList(entries.Select(ViewMapper.ToView).ToList(), verification?.IsValid, verification?.Problem)
        {
            ChainEntriesChecked = verification?.EntriesChecked,
            ChainBrokenAt = verification?.FirstBrokenSequence,
        });
    }

    private static int Clamp(int limit) => Math.Clamp(limit, 1, MaxLimit);
}
