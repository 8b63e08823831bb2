using System.Text.Json.Nodes;

namespace AgentSoar.Intake.Attack;

/// <summary>
/// Collects techniques and tactics and writes OCSF <c>finding_info.attacks</c>. Sources rarely say which
/// tactic goes with which technique, so each technique gets an attack object carrying all the tactics of
/// its group (<c>tactics</c>, and <c>tactic</c> too when there is exactly one); a group with tactics but no
/// technique gets one attack object per tactic.
/// </summary>
internal sealed class AttackList
{
    private readonly List<(List<(string Uid, string? Name)> Techniques, List<AttackTactic> Tactics)> _groups = [];

    /// <summary>Adds a group of techniques and the tactics that go with them.</summary>
    public void AddGroup(IEnumerable<(string Uid, string? Name)> techniques, IEnumerable<AttackTactic> tactics)
    {
        var t = techniques.DistinctBy(x => x.Uid, StringComparer.Ordinal).ToList();
        var a = tactics.DistinctBy(x => x.Uid ?? x.Name, StringComparer.Ordinal).ToList();
        if (t.Count > 0 || a.Count > 0)
        {
            _groups.Add((t, a));
        }
    }

    public JsonArray? ToJson()
    {
        var attacks = new JsonArray();
        foreach (var (techniques, tactics) in _groups)
        {
            if (techniques.Count == 0)
            {
                foreach (var tactic in tactics)
                {
                    attacks.Add(new JsonObject { ["tactic"] = Tactic(tactic) });
                }

                continue;
            }

            foreach (var (uid, name) in techniques)
            {
                var technique = new JsonObject { ["uid"] = uid };
                if (!string.IsNullOrWhiteSpace(name))
                {
                    technique["name"] = name;
                }

                var attack = new JsonObject { ["technique"] = technique };
                if (tactics.Count == 1)
                {
                    attack["tactic"] = Tactic(tactics[0]);
                }

                if (tactics.Count > 0)
                {
                    attack["tactics"] = new JsonArray(tactics.Select(x => (JsonNode)Tactic(x)).ToArray());
                }

                attacks.Add(attack);
            }
        }

        return attacks.Count == 0 ? null : attacks;
    }

    private static JsonObject Tactic(AttackTactic tactic)
    {
        var json = new JsonObject();
        if (tactic.Uid is not null)
        {
            json["uid"] = tactic.Uid;
        }

        json["name"] = tactic.Name;
        return json;
    }
}
