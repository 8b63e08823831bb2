namespace AgentSoar.Connectors.Simulation;

/// <summary>
/// The simulation's fixed feed for hashes and domains, so playbooks branch the same way every time:
/// the EICAR test file's hashes are malicious; domains under the reserved <c>.invalid</c> are
/// malicious and under <c>.test</c> suspicious (RFC 2606); everything else is unknown.
/// </summary>
internal static class IndicatorReputation
{
    private static readonly HashSet<string> EicarHashes = new(StringComparer.OrdinalIgnoreCase)
    {
        "44d88612fea8a8f36de82e1278abb02f",
        "3395856ce81f2b7382dee72602f798b642f14140",
        "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f",
    };

    public static (IpVerdict Verdict, int Score) OfHash(string hash) =>
        EicarHashes.Contains(hash) ? (IpVerdict.Malicious, 100) : (IpVerdict.Unknown, 0);

    public static (IpVerdict Verdict, int Score) OfDomain(string domain) =>
        domain.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase) ? (IpVerdict.Malicious, 90)
        : domain.EndsWith(".test", StringComparison.OrdinalIgnoreCase) ? (IpVerdict.Suspicious, 50)
        : (IpVerdict.Unknown, 0);
}
