using System.Net;

namespace AgentSoar.Connectors.Simulation;

/// <summary>
/// The simulation's fixed threat feed, built on the documentation ranges of RFC 5737 so that no
/// real address is ever called bad: 203.0.113.0/24 and 198.51.100.0/24 are malicious (score 90),
/// 192.0.2.0/24 is suspicious (score 50), everything else is unknown (score 0).
/// </summary>
internal static class IpReputation
{
    private static readonly IPNetwork[] Malicious = [IPNetwork.Parse("203.0.113.0/24"), IPNetwork.Parse("198.51.100.0/24")];
    private static readonly IPNetwork Suspicious = IPNetwork.Parse("192.0.2.0/24");

    public static (IpVerdict Verdict, int Score) Of(IPAddress address)
    {
        // An IPv4 address written in its IPv6-mapped form (::ffff:203.0.113.7) is the same address.
        var ip = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (Array.Exists(Malicious, network => network.Contains(ip)))
        {
            return (IpVerdict.Malicious, 90);
        }

        return Suspicious.Contains(ip) ? (IpVerdict.Suspicious, 50) : (IpVerdict.Unknown, 0);
    }
}
