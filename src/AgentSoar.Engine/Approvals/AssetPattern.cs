using System.Net;
using System.Net.Sockets;

namespace AgentSoar.Engine.Approvals;

/// <summary>
/// One pattern of an asset class: a CIDR (<c>10.0.0.0/24</c>) matches IP addresses in it and networks overlapping it;
/// anything else is a case-insensitive glob (<c>*</c> any run of characters, <c>?</c> one) on the whole value.
/// </summary>
public sealed class AssetPattern
{
    private readonly IPNetwork? _network;

    private AssetPattern(string text, IPNetwork? network)
    {
        Text = text;
        _network = network;
    }

    public string Text { get; }

    /// <summary>Reads a pattern; null with an error when it looks like a CIDR but is not a valid one (a typo must not silently become a glob).</summary>
    public static AssetPattern? TryParse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && IPAddress.TryParse(text.AsSpan(0, slash), out _))
        {
            if (IPNetwork.TryParse(text, out var network))
            {
                return new AssetPattern(text, network);
            }

            error = $"'{text}' is not a CIDR: expected an address and a prefix length, such as 10.0.0.0/24";
            return null;
        }

        return new AssetPattern(text, null);
    }

    public bool Matches(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_network is not { } network)
        {
            return Glob(Text, value);
        }

        if (ParseAddress(value) is { } address)
        {
            return network.Contains(address);
        }

        // A network as the target (blocking 10.0.0.0/16) touches every address of the class it overlaps.
        return value.Contains('/', StringComparison.Ordinal) && IPNetwork.TryParse(value, out var target)
            && target.BaseAddress.AddressFamily == network.BaseAddress.AddressFamily
            && (network.Contains(target.BaseAddress) || target.Contains(network.BaseAddress));
    }

    /// <summary>Only text shaped like an address: <see cref="IPAddress.TryParse(string?, out IPAddress?)"/> alone reads "42" as 0.0.0.42.</summary>
    private static IPAddress? ParseAddress(string value)
    {
        var shaped = value.Contains(':', StringComparison.Ordinal) || value.Count(c => c == '.') == 3;
        if (!shaped || !IPAddress.TryParse(value, out var address))
        {
            return null;
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6 && address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
    }

    /// <summary>Linear-time wildcard match (backtracks to the last <c>*</c> only), so a hostile value cannot make it slow.</summary>
    private static bool Glob(string pattern, string value)
    {
        int p = 0, v = 0, star = -1, resume = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(value[v])))
            {
                p++;
                v++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = v;
            }
            else if (star >= 0)
            {
                p = star + 1;
                v = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    public override string ToString() => Text;
}
