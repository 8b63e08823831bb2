using AgentSoar.Intake.Attack;

namespace AgentSoar.Intake.Sigma;

/// <summary>
/// Reads the ATT&amp;CK tags of a Sigma rule: <c>attack.t1036</c> and <c>attack.t1036.003</c> are techniques,
/// <c>attack.ta0005</c> and names such as <c>attack.defense-evasion</c> or <c>attack.command_and_control</c> are
/// tactics; software, group and mitigation ids (<c>attack.s0190</c>) and other namespaces (<c>car.</c>, <c>cve.</c>) are not ATT&amp;CK tactics and are skipped.
/// </summary>
internal static class SigmaTags
{
    private const string Prefix = "attack.";

    public static (List<(string Uid, string? Name)> Techniques, List<AttackTactic> Tactics) Read(IEnumerable<string> tags)
    {
        var techniques = new List<(string, string?)>();
        var tactics = new List<AttackTactic>();
        foreach (var tag in tags)
        {
            if (!tag.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = tag[Prefix.Length..].Trim();
            if (AttackIds.TryParseTechnique(value, out var technique))
            {
                techniques.Add((technique, null));
            }
            else if (!AttackIds.IsOtherObjectId(value) && AttackTactics.Resolve(value) is { } tactic)
            {
                tactics.Add(tactic);
            }
        }

        return (techniques, tactics);
    }
}
