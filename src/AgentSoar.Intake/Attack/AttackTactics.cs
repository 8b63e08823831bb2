using System.Collections.Frozen;

namespace AgentSoar.Intake.Attack;

/// <summary>
/// ATT&amp;CK tactic names and ids (Enterprise v19, whose TA0005 is Stealth and which added Defense
/// Impairment as TA0112; the pre-v19 name Defense Evasion still resolves to TA0005), plus the tactics only
/// the ICS matrix has (ICS tactics that share an Enterprise name resolve to the Enterprise id).
/// Names are matched as slugs: case, spaces, hyphens and underscores do not matter.
/// </summary>
public static class AttackTactics
{
    private static readonly (string Uid, string Name)[] Table =
    [
        ("TA0043", "Reconnaissance"),
        ("TA0042", "Resource Development"),
        ("TA0001", "Initial Access"),
        ("TA0002", "Execution"),
        ("TA0003", "Persistence"),
        ("TA0004", "Privilege Escalation"),
        ("TA0005", "Stealth"),
        ("TA0112", "Defense Impairment"),
        ("TA0006", "Credential Access"),
        ("TA0007", "Discovery"),
        ("TA0008", "Lateral Movement"),
        ("TA0009", "Collection"),
        ("TA0011", "Command and Control"),
        ("TA0010", "Exfiltration"),
        ("TA0040", "Impact"),
        ("TA0103", "Evasion"),
        ("TA0106", "Impair Process Control"),
        ("TA0107", "Inhibit Response Function"),
    ];

    private static readonly FrozenDictionary<string, AttackTactic> BySlug = Table
        .Select(t => new AttackTactic(t.Uid, t.Name))
        .Append(new AttackTactic("TA0005", "Defense Evasion"))
        .ToFrozenDictionary(t => Slug(t.Name), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, AttackTactic> ByUid = Table
        .ToFrozenDictionary(t => t.Uid, t => new AttackTactic(t.Uid, t.Name), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Resolves a tactic given by id (<c>TA0005</c>) or name (<c>defense_evasion</c>, <c>Command and Control</c>).
    /// An unknown name stays a tactic with that name and no id; an unknown id, or a blank, gives null.
    /// </summary>
    /// <param name="idOrName">The id or name.</param>
    /// <returns>The tactic, or null.</returns>
    public static AttackTactic? Resolve(string? idOrName)
    {
        var text = idOrName?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 100)
        {
            return null;
        }

        if (AttackIds.IsTacticId(text))
        {
            return ByUid.GetValueOrDefault(text);
        }

        var slug = Slug(text);
        return BySlug.TryGetValue(slug, out var known) ? known : new AttackTactic(null, slug);
    }

    /// <summary>The slug of a tactic name: lower case, words joined by hyphens (<c>command-and-control</c>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The slug.</returns>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.ToLowerInvariant().Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join('-', words);
    }
}
