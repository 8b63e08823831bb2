using System.Globalization;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Intake;

/// <summary>Where an alert goes: a new incident, an open incident as a repeat of one of its alerts, or an open incident it shares something with.</summary>
internal sealed record AlertGrouping(AlertGroupingKind Kind, Guid? IncidentId, Guid? DuplicateOf, string Reason, IReadOnlyList<IncidentKey> Shared)
{
    /// <summary>
    /// Decides from what the store found. A repeat wins over a shared key. Among incidents sharing keys, the one
    /// sharing the most wins, then the one seen last, so an alert joins the incident it has most to do with.
    /// </summary>
    public static AlertGrouping Decide(AlertRecord? repeatOf, IReadOnlyList<IncidentKeyMatch> matches, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(matches);
        if (repeatOf is not null)
        {
            return new AlertGrouping(
                AlertGroupingKind.Duplicate, repeatOf.IncidentId, repeatOf.Id,
                $"a repeat of alert {repeatOf.Id} (same detection and observables, {Ago(now - repeatOf.ReceivedAt)} before)", []);
        }

        var best = matches
            .GroupBy(m => m.IncidentId)
            .Select(g => (Incident: g.Key, Keys: g.Select(m => m.Key).Distinct().ToList(), Seen: g.Max(m => m.LastSeenAt)))
            .OrderByDescending(c => c.Keys.Count)
            .ThenByDescending(c => c.Seen)
            .ThenBy(c => c.Incident)
            .FirstOrDefault();
        if (best.Keys is null)
        {
            return new AlertGrouping(AlertGroupingKind.NewIncident, null, null, "a new alert that matches no open incident", []);
        }

        var shared = string.Join(", ", best.Keys.Select(k => $"{k.Kind} {k.Value}"));
        return new AlertGrouping(
            AlertGroupingKind.Correlated, best.Incident, null,
            $"shares {shared} with incident {best.Incident}, last seen {Ago(now - best.Seen)} before", best.Keys);
    }

    private static string Ago(TimeSpan span) =>
        span < TimeSpan.FromSeconds(1) ? "less than a second"
        : span < TimeSpan.FromMinutes(2) ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalSeconds} s")
        : span < TimeSpan.FromHours(2) ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} h");
}

/// <summary>What intake does with an alert.</summary>
internal enum AlertGroupingKind
{
    /// <summary>Opens an incident of its own.</summary>
    NewIncident,

    /// <summary>Folds into the incident of the alert it repeats: counted, not planned again.</summary>
    Duplicate,

    /// <summary>Joins an open incident it shares a host, user or IP with, and is planned for.</summary>
    Correlated,
}
