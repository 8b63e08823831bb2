namespace AgentSoar.Connectors.Intel;

/// <summary>The score of an entry that gives a verdict but no score.</summary>
internal static class DefaultScores
{
    public static int For(Verdict verdict, int? configured) => configured ?? verdict switch
    {
        Verdict.Malicious => 80,
        Verdict.Suspicious => 50,
        _ => 0,
    };

    /// <summary>Reads a verdict as feeds and services write it: our names and common synonyms.</summary>
    public static Verdict? ParseVerdict(string text) => text.Trim().ToLowerInvariant() switch
    {
        "malicious" or "bad" or "malware" or "block" or "blacklist" or "blocklist" or "high" => Verdict.Malicious,
        "suspicious" or "suspect" or "anomalous" or "medium" or "low" => Verdict.Suspicious,
        "clean" or "benign" or "harmless" or "good" or "allow" or "whitelist" or "allowlist" or "safe" => Verdict.Clean,
        "unknown" or "" or "none" or "undetected" => Verdict.Unknown,
        _ => null,
    };
}
