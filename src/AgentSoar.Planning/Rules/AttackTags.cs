using System.Text.Json.Nodes;

namespace AgentSoar.Planning.Rules;

/// <summary>The ATT&amp;CK techniques and tactics of a finding (<c>finding_info.attacks</c>), normalised for matching against playbook tags.</summary>
public sealed record AttackTags(IReadOnlySet<string> Techniques, IReadOnlySet<string> Tactics)
{
    public static AttackTags Of(JsonNode finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var techniques = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tactics = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (finding["finding_info"]?["attacks"] is JsonArray attacks)
        {
            foreach (var attack in attacks.OfType<JsonObject>())
            {
                if (Text(attack["technique"]?["uid"]) is { } technique)
                {
                    techniques.Add(technique);
                }

                if (Text(attack["sub_technique"]?["uid"]) is { } sub)
                {
                    techniques.Add(sub);
                }

                if (Text(attack["tactic"]?["name"]) is { } tactic)
                {
                    tactics.Add(Normalise(tactic));
                }

                if (attack["tactics"] is JsonArray many)
                {
                    foreach (var t in many.Select(n => Text(n?["name"])).OfType<string>())
                    {
                        tactics.Add(Normalise(t));
                    }
                }
            }
        }

        return new AttackTags(techniques, tactics);
    }

    /// <summary>True when the finding has the technique, or a sub-technique of it (T1059.001 matches a T1059 tag).</summary>
    public bool HasTechnique(string technique) =>
        Techniques.Any(t => string.Equals(t, technique, StringComparison.OrdinalIgnoreCase)
            || t.StartsWith(technique + ".", StringComparison.OrdinalIgnoreCase));

    public static string Normalise(string tactic) => tactic.Trim().Replace(' ', '_').Replace('-', '_').ToLowerInvariant();

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
