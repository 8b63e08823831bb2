using AgentSoar.Contracts.Queries;

namespace AgentSoar.Coordinator.Queries.Catalog;

/// <summary>How each connector's actions ended in the given runs: the connector's health as the runs saw it.</summary>
public static class ConnectorActivity
{
    public static ConnectorActivityView None { get; } = new(0, 0, null, null, null);

    public static IReadOnlyDictionary<string, ConnectorActivityView> Of(IEnumerable<RunView> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs.SelectMany(r => r.Steps)
            .Where(s => s.Connector is not null && s.FinishedAt is not null && s.Status is "succeeded" or "failed")
            .GroupBy(s => s.Connector!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g =>
            {
                var last = g.MaxBy(s => s.FinishedAt)!;
                return new ConnectorActivityView(
                    g.Count(s => s.Status == "succeeded"), g.Count(s => s.Status == "failed"), last.FinishedAt, last.Status, last.Status == "failed" ? last.Error : null);
            }, StringComparer.Ordinal);
    }
}
