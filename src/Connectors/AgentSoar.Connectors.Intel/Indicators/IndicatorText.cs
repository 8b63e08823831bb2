using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace AgentSoar.Connectors.Intel;

/// <summary>
/// The one normal form of each kind of indicator, used both when a feed is indexed and when a value
/// is looked up, so that the two always meet.
/// </summary>
internal static class IndicatorText
{
    public const int MaxUrlLength = 4096;

    /// <summary>An IPv4 address in its IPv6-mapped form (<c>::ffff:203.0.113.7</c>) is the same address.</summary>
    public static IPAddress NormalizeIp(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    /// <summary>Reads <c>203.0.113.7</c> or <c>198.51.100.0/24</c>; a network's host bits are cleared.</summary>
    public static bool TryParseIpOrNetwork(string text, out IPAddress address, out int prefixLength)
    {
        address = IPAddress.None;
        prefixLength = -1;
        text = text.Trim();
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];

        // IPAddress.TryParse reads "1" as 0.0.0.1; an address in a feed always has its dots or colons.
        var looksLikeAddress = addressText.Count(c => c == '.') == 3 || addressText.Contains(':', StringComparison.Ordinal);
        if (!looksLikeAddress || !IPAddress.TryParse(addressText, out var parsed) || (parsed.AddressFamily == AddressFamily.InterNetworkV6 && parsed.ScopeId != 0))
        {
            return false;
        }

        parsed = NormalizeIp(parsed);
        var bits = parsed.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        if (slash < 0)
        {
            address = parsed;
            return true;
        }

        if (!int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > bits)
        {
            return false;
        }

        address = Mask(parsed, prefix);
        prefixLength = prefix == bits ? -1 : prefix;
        return true;
    }

    /// <summary>The network address of <paramref name="address"/> under a prefix of <paramref name="prefixLength"/> bits.</summary>
    public static IPAddress Mask(IPAddress address, int prefixLength)
    {
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefixLength - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }

        return new IPAddress(bytes);
    }

    /// <summary>Lowercase, without a trailing dot; letters, digits, <c>-</c> and <c>_</c> in labels of 1 to 63 characters.</summary>
    public static bool TryNormalizeDomain(string text, out string domain)
    {
        domain = text.Trim().TrimEnd('.').ToLowerInvariant();
        if (domain.Length is 0 or > 253)
        {
            return false;
        }

        foreach (var label in domain.Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-'
                || !label.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An absolute URL with a host, scheme and host in lowercase, the default port and the fragment
    /// dropped; path and query as the URL parser writes them.
    /// </summary>
    public static bool TryNormalizeUrl(string text, out string url)
    {
        url = "";
        text = text.Trim();
        if (text.Length is 0 or > MaxUrlLength || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return false;
        }

        url = uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.PathAndQuery, UriFormat.UriEscaped);
        return true;
    }

    /// <summary>Lowercase hex of an MD5 (32), SHA-1 (40), SHA-256 (64) or SHA-512 (128).</summary>
    public static bool TryNormalizeHash(string text, out string hash)
    {
        hash = text.Trim().ToLowerInvariant();
        return hash.Length is 32 or 40 or 64 or 128 && hash.All(char.IsAsciiHexDigitLower);
    }

    /// <summary>Normalizes <paramref name="text"/> as an indicator of <paramref name="kind"/>.</summary>
    public static bool TryNormalize(IndicatorKind kind, string text, out string normalized)
    {
        switch (kind)
        {
            case IndicatorKind.Ip:
                var ok = TryParseIpOrNetwork(text, out var address, out var prefix);
                normalized = !ok ? "" : prefix < 0 ? address.ToString() : $"{address}/{prefix.ToString(CultureInfo.InvariantCulture)}";
                return ok;
            case IndicatorKind.Domain:
                return TryNormalizeDomain(text, out normalized);
            case IndicatorKind.Url:
                return TryNormalizeUrl(text, out normalized);
            case IndicatorKind.Hash:
                return TryNormalizeHash(text, out normalized);
            default:
                normalized = "";
                return false;
        }
    }

    /// <summary>
    /// Guesses the kind of a feed line that does not say: an address or network, a hash, a URL
    /// (it has <c>://</c>), else a domain name.
    /// </summary>
    public static IndicatorKind? Guess(string text)
    {
        text = text.Trim();
        if (TryParseIpOrNetwork(text, out _, out _))
        {
            return IndicatorKind.Ip;
        }

        if (TryNormalizeHash(text, out _))
        {
            return IndicatorKind.Hash;
        }

        if (text.Contains("://", StringComparison.Ordinal))
        {
            return TryNormalizeUrl(text, out _) ? IndicatorKind.Url : null;
        }

        return TryNormalizeDomain(text, out _) ? IndicatorKind.Domain : null;
    }

    /// <summary>Reads a kind as feeds write it: <c>ip</c>, <c>ipv4-addr</c>, <c>domain-name</c>, <c>sha256</c>...</summary>
    public static IndicatorKind? ParseKind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "ip" or "ipv4" or "ipv6" or "ipv4-addr" or "ipv6-addr" or "ip-src" or "ip-dst" or "cidr" => IndicatorKind.Ip,
        "domain" or "domain-name" or "hostname" or "fqdn" => IndicatorKind.Domain,
        "url" or "uri" => IndicatorKind.Url,
        "hash" or "md5" or "sha1" or "sha-1" or "sha256" or "sha-256" or "sha512" or "sha-512" or "file" => IndicatorKind.Hash,
        _ => null,
    };
}
