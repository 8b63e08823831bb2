using AgentSoar.Contracts.Queries;
using AgentSoar.Coordinator.Catalog;
using AgentSoar.Coordinator.Playbooks;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;
using AgentSoar.Storage;
using MassTransit;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Queries.Catalog;

/// <summary>
/// Answers what the system can do: the playbooks in service (with their files' problems, versions and recent runs)
/// and the connectors announced to this Coordinator (with how their actions fared in recent runs).
/// </summary>
/// <remarks>
/// "Recent" is the newest <see cref="RecentRuns"/> runs of all playbooks: the run table has no index by playbook, and
/// a page about what a playbook does now needs its latest runs, not its history.
/// </remarks>
public sealed class CatalogQueryConsumer(
    PlaybookRegistry playbooks,
    ConnectorCatalogCache connectors,
    ICoordinatorStore store,
    IOptions<CoordinatorOptions> options) :
    IConsumer<GetPlaybooks>,
    IConsumer<GetPlaybook>,
    IConsumer<GetConnectors>
{
    public const int RecentRuns = 500;

    public async Task Consume(ConsumeContext<GetPlaybooks> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runs = await store.ListRunsAsync(null, RecentRuns, context.CancellationToken);
        var counts = runs.GroupBy(r => r.PlaybookId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var problems = Problems();
        var serving = playbooks.Catalog.All.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var summaries = serving
            .Select(p => PlaybookViews.Summary(p, problems.Of(p.SourceFile, CurrentText(p)), counts.GetValueOrDefault(p.Id), connectors))
            .ToList();
        await context.RespondAsync(new PlaybookList(summaries, problems.Refused(serving.Select(p => p.SourceFile))));
    }

    public async Task Consume(ConsumeContext<GetPlaybook> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (playbooks.Find(context.Message.PlaybookId) is not { } playbook)
        {
            await context.RespondAsync(new PlaybookDetails(null));
            return;
        }

        var runs = await store.ListRunsAsync(null, RecentRuns, context.CancellationToken);
        var own = runs.Where(r => r.PlaybookId == playbook.Id).ToList();
        var problems = Problems();
        var text = CurrentText(playbook);
        var found = problems.Of(playbook.SourceFile, text);
        await context.RespondAsync(new PlaybookDetails(new PlaybookDetailView(
            PlaybookViews.Summary(playbook, found, own.Count, connectors),
            problems.Relative(playbook.SourceFile),
            playbook.ContentHash,
            text ?? playbook.SourceText,
            SourceInService: text is null || text == playbook.SourceText,
            found,
            PlaybookViews.Versions(playbook, own),
            [.. own.Select(PlaybookViews.Run)])));
    }

    public async Task Consume(ConsumeContext<GetConnectors> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runs = await store.ListRunsAsync(null, RecentRuns, context.CancellationToken);
        var activity = ConnectorActivity.Of(runs.Select(ViewMapper.ToView));
        await context.RespondAsync(new ConnectorList([.. connectors.Announced
            .OrderBy(c => c.Connector.Name, StringComparer.Ordinal)
            .Select(c => new ConnectorView(
                c.Connector.Name, c.Connector.Version, c.Connector.Description, c.Connector.Simulated, c.HostId, c.AnnouncedAt,
                activity.GetValueOrDefault(c.Connector.Name) ?? ConnectorActivity.None,
                [.. c.Connector.Actions.OrderBy(a => a.Name, StringComparer.Ordinal)]))]));
    }

    // Warnings only once a host has announced something: against an empty catalog every action would be "unknown".
    private PlaybookProblems Problems() => new(
        Path.GetFullPath(options.Value.PlaybooksPath),
        playbooks.Diagnostics,
        connectors.Announced.Count == 0 ? null : new AnnouncedActionInputs(connectors));

    /// <summary>The file as it is now, which the problems point into; null when it cannot be read (the version in service is shown then).</summary>
    private static string? CurrentText(Playbook playbook)
    {
        try
        {
            return PlaybookLoader.ReadFile(playbook.SourceFile).Text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
