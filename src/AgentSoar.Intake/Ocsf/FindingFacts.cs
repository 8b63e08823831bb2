using System.Text.Json.Nodes;
using AgentSoar.Intake.Attack;

namespace AgentSoar.Intake.Ocsf;

/// <summary>
/// What the rest of AgentSoar reads from a Detection Finding (deduplication, correlation, the planner):
/// rule, title, severity, ATT&amp;CK techniques and tactics, observables and host, however the finding was made.
/// </summary>
/// <param name="Uid">finding_info.uid.</param>
/// <param name="Title">finding_info.title.</param>
/// <param name="RuleUid">finding_info.analytic.uid, when there is one.</param>
/// <param name="SeverityId">severity_id.</param>
/// <param name="Techniques">Technique ids of finding_info.attacks, in order, without repeats.</param>
/// <param name="Tactics">Tactics of finding_info.attacks (tactic and tactics), in order, without repeats.</param>
/// <param name="Observables">The observables.</param>
/// <param name="Hostname">device.hostname, else the first hostname observable named device.hostname.</param>
public sealed record FindingFacts(
    string? Uid,
    string? Title,
    string? RuleUid,
    int SeverityId,
    IReadOnlyList<string> Techniques,
    IReadOnlyList<AttackTactic> Tactics,
    IReadOnlyList<FindingObservable> Observables,
    string? Hostname)
{
    /// <summary>Reads the facts of <paramref name="finding"/> (any finding; missing parts are empty).</summary>
    /// <param name="finding">An OCSF Detection Finding.</param>
    /// <returns>Its facts.</returns>
    public static FindingFacts Read(JsonObject finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var techniques = new List<string>();
        var tactics = new List<AttackTactic>();
        foreach (var attack in (FindingDocument.Get(finding, "finding_info.attacks") as JsonArray ?? []).OfType<JsonObject>())
        {
            if (Text((attack["technique"] as JsonObject)?["uid"]) is { } technique && !techniques.Contains(technique))
            {
                techniques.Add(technique);
            }

            var all = (attack["tactics"] as JsonArray ?? []).Prepend(attack["tactic"]).OfType<JsonObject>();
            foreach (var tactic in all)
            {
                if (Text(tactic["name"]) is { } name && !tactics.Any(t => t.Name == name && t.Uid == Text(tactic["uid"])))
                {
                    tactics.Add(new AttackTactic(Text(tactic["uid"]), name));
                }
            }
        }

        var observables = (finding["observables"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(o => new FindingObservable(Text(o["name"]) ?? string.Empty, o["type_id"] is JsonValue t && t.TryGetValue<int>(out var id) ? id : 0, Text(o["value"]) ?? string.Empty))
            .Where(o => o.Value.Length > 0)
            .ToList();

        var hostname = FindingDocument.GetText(finding, "device.hostname")
            ?? observables.FirstOrDefault(o => o.TypeId == ObservableType.Hostname && o.Name == "device.hostname")?.Value;

        return new FindingFacts(
            FindingDocument.GetText(finding, "finding_info.uid"),
            FindingDocument.GetText(finding, "finding_info.title"),
            FindingDocument.GetText(finding, "finding_info.analytic.uid"),
            finding["severity_id"] is JsonValue s && s.TryGetValue<int>(out var severity) ? severity : 0,
            techniques,
            tactics,
            observables,
            hostname);
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
