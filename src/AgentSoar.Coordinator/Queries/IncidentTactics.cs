using System.Collections.Concurrent;
using System.Text.Json;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Queries;

/// <summary>
/// The ATT&amp;CK tactics each incident's alerts name, for the incident list's tactic filter. Alerts never change once
/// stored, so an incident's tactics are read again only when its record changed (a new alert bumps it); the list
/// asks for hundreds of incidents on every refresh, and this keeps that to the ones that changed.
/// </summary>
public sealed class IncidentTactics(ICoordinatorStore store)
{
    private const int MaxKept = 2000;

    private readonly ConcurrentDictionary<Guid, (long Version, IReadOnlyList<string> Tactics)> _known = new();

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> OfAsync(IReadOnlyList<IncidentRecord> incidents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var result = new Dictionary<Guid, IReadOnlyList<string>>();
        foreach (var incident in incidents)
        {
            if (!_known.TryGetValue(incident.Id, out var known) || known.Version != incident.Version)
            {
                var alerts = await store.ListAlertsAsync(incident.Id, ct);
                known = (incident.Version, Read(alerts.Select(a => a.FindingJson)));
                _known[incident.Id] = known;
            }

            result[incident.Id] = known.Tactics;
        }

        // The cache must not grow with the incident table; past a bound, only what this list holds stays. Not on every
        // call: lists of different lengths (the console's, an API client's) would evict each other's incidents.
        if (_known.Count > MaxKept)
        {
            foreach (var id in _known.Keys.Where(id => !result.ContainsKey(id)))
            {
                _known.TryRemove(id, out _);
            }
        }

        return result;
    }

    /// <summary>
    /// Tactic names from OCSF <c>finding_info.attacks</c>: each attack's <c>tactic</c> and <c>tactics</c>, as intake
    /// writes them. Sorted, each once.
    /// </summary>
    public static IReadOnlyList<string> Read(IEnumerable<string> findings)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var json in findings)
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("finding_info", out var info) || info.ValueKind != JsonValueKind.Object
                || !info.TryGetProperty("attacks", out var attacks) || attacks.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var attack in attacks.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object))
            {
                Add(names, attack.TryGetProperty("tactic", out var one) ? one : default);
                if (attack.TryGetProperty("tactics", out var many) && many.ValueKind == JsonValueKind.Array)
                {
                    foreach (var tactic in many.EnumerateArray())
                    {
                        Add(names, tactic);
                    }
                }
            }
        }

        return [.. names];
    }

    private static void Add(SortedSet<string> names, JsonElement tactic)
    {
        if (tactic.ValueKind == JsonValueKind.Object && tactic.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            && name.GetString() is { Length: > 0 } text)
        {
            names.Add(text);
        }
    }
}
