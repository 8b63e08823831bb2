using AgentSoar.Contracts.Queries;
using AgentSoar.Coordinator.Catalog;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Queries.Catalog;

/// <summary>Turns a playbook in service, its file's problems and the recent runs into the views the console and the API show.</summary>
public static class PlaybookViews
{
    public static PlaybookSummaryView Summary(Playbook playbook, IReadOnlyList<PlaybookProblemView> problems, int recentRuns, ConnectorCatalogCache connectors) => new(
        playbook.Id,
        playbook.Metadata.Name,
        playbook.Metadata.Version,
        playbook.Metadata.Description?.Trim(),
        playbook.Metadata.Tags,
        [.. playbook.Triggers.Select(TriggerText)],
        Risk(playbook, connectors),
        recentRuns,
        Valid: !problems.Any(p => p.Severity == "error"),
        problems.Count);

    public static PlaybookRiskView Risk(Playbook playbook, ConnectorCatalogCache connectors)
    {
        var actions = StepTree.Flatten(playbook.Steps).OfType<ActionStep>()
            .Select(step => (Step: step, Info: connectors.FindAction(step.Connector, step.Action)))
            .Select(a => new PlaybookActionUseView(a.Step.Id, a.Step.Connector, a.Step.Action, a.Info?.Risk, a.Info?.Mutating, a.Step.Approval is not null))
            .ToList();
        return new PlaybookRiskView(actions.Max(a => a.Risk), actions);
    }

    /// <summary>The version in service first, then the versions recent runs pinned, newest first.</summary>
    public static IReadOnlyList<PlaybookVersionView> Versions(Playbook playbook, IEnumerable<RunRecord> runs)
    {
        var ran = runs.Where(r => r.PlaybookId == playbook.Id).GroupBy(r => r.PlaybookHash, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var inService = ran.GetValueOrDefault(playbook.ContentHash) ?? [];
        var current = new PlaybookVersionView(playbook.Metadata.Version, playbook.ContentHash, InService: true, inService.Count, inService.Count == 0 ? null : inService.Max(r => r.CreatedAt));
        var older = ran.Where(g => g.Key != playbook.ContentHash)
            .Select(g => new PlaybookVersionView(g.Value[0].PlaybookVersion, g.Key, InService: false, g.Value.Count, g.Value.Max(r => r.CreatedAt)))
            .OrderByDescending(v => v.Version).ThenByDescending(v => v.LastRunAt);
        return [current, .. older];
    }

    public static PlaybookRunView Run(RunRecord r) => new(r.Id, r.IncidentId, r.PlaybookVersion, r.Status, StartedBy(r), r.CreatedAt, r.UpdatedAt);

    // The run's record keeps who started it in its state; the list shows it without parsing every step.
    private static string StartedBy(RunRecord r) => RunStateJson.FromRecord(r).StartedBy;

    private static string TriggerText(Trigger trigger) => trigger.Match switch
    {
        LiteralTemplate literal => literal.Value?.ToJsonString() ?? "null",
        var match => string.Join(" ", match.Expressions.Select(e => e.Text)),
    };
}
