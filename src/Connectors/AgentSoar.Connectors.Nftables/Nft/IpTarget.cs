using System.Net;
using System.Net.Sockets;

namespace AgentSoar.Connectors.Nftables;

/// <summary>
/// An IPv4 or IPv6 address or network, parsed strictly and rendered canonically: the only form in
/// which an input reaches an nft command line.
/// </summary>
internal sealed record IpTarget(IPNetwork Network)
{
    private const int MaxLength = 64;

    public bool IsIPv4 => Network.BaseAddress.AddressFamily == AddressFamily.InterNetwork;

    /// <summary><c>ipv4</c> or <c>ipv6</c>.</summary>
    public string Family => IsIPv4 ? "ipv4" : "ipv6";

    /// <summary>Whether it is one address rather than a network.</summary>
    public bool IsSingleAddress => Network.PrefixLength == (IsIPv4 ? 32 : 128);

    /// <summary>The first address of the range, as bytes.</summary>
    public byte[] Start => Network.BaseAddress.GetAddressBytes();

    /// <summary>The last address of the range, as bytes.</summary>
    public byte[] End
    {
        get
        {
            var bytes = Network.BaseAddress.GetAddressBytes();
            for (var bit = Network.PrefixLength; bit < bytes.Length * 8; bit++)
            {
                bytes[bit / 8] |= (byte)(0x80 >> (bit % 8));
            }

            return bytes;
        }
    }

    /// <summary>The canonical text: the address alone for a single address, else <c>address/prefix</c>.</summary>
    public override string ToString() => IsSingleAddress ? Network.BaseAddress.ToString() : Network.ToString();

    /// <summary>Parses <paramref name="text"/>, an address or a CIDR network.</summary>
    /// <param name="text">The text from the input or the configuration.</param>
    /// <param name="target">The target, when valid.</param>
    /// <param name="error">Why it is not valid, for a person.</param>
    /// <returns>Whether it parsed.</returns>
    public static bool TryParse(string? text, out IpTarget target, out string error)
    {
        target = null!;
        if (string.IsNullOrEmpty(text))
        {
            error = "an address or network is required.";
            return false;
        }

        if (text.Length > MaxLength || text.Any(c => !(char.IsAsciiHexDigit(c) || c is '.' or ':' or '/')))
        {
            error = $"'{Shorten(text)}' is not an IPv4 or IPv6 address or CIDR network.";
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];
        if (!TryParseAddress(addressText, out var address))
        {
            error = $"'{text}' is not an IPv4 or IPv6 address or CIDR network.";
            return false;
        }

        var maxPrefix = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var prefix = maxPrefix;
        if (slash >= 0)
        {
            var prefixText = text[(slash + 1)..];
            if (prefixText.Length is 0 or > 3 || !prefixText.All(char.IsAsciiDigit) || (prefix = int.Parse(prefixText, System.Globalization.CultureInfo.InvariantCulture)) > maxPrefix)
            {
                error = $"'{text}' has an invalid prefix length; it must be 0 to {maxPrefix}.";
                return false;
            }
        }

        if (address.IsIPv4MappedToIPv6)
        {
            if (prefix < 96)
            {
                error = $"'{text}' mixes IPv4-mapped and plain IPv6 addresses; write the IPv4 network.";
                return false;
            }

            address = address.MapToIPv4();
            prefix -= 96;
        }

        if (prefix == 0)
        {
            error = $"'{text}' is every address; blocking it would cut off all traffic.";
            return false;
        }

        var network = new IPNetwork(Mask(address, prefix), prefix);
        if (!network.BaseAddress.Equals(address))
        {
            error = $"'{text}' has bits set after the prefix; did you mean {network}?";
            return false;
        }

        target = new IpTarget(network);
        error = "";
        return true;
    }

    /// <summary>Whether the two ranges share an address.</summary>
    public bool Overlaps(IpTarget other) => Overlaps(other.Start, other.End);

    /// <summary>Whether this range shares an address with the range from <paramref name="start"/> to <paramref name="end"/> (same family).</summary>
    public bool Overlaps(byte[] start, byte[] end) =>
        start.Length == Start.Length && Compare(Start, end) <= 0 && Compare(start, End) <= 0;

    /// <summary>Whether this range is exactly the range from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool Covers(byte[] start, byte[] end) =>
        start.Length == Start.Length && Compare(Start, start) == 0 && Compare(End, end) == 0;

    private static int Compare(byte[] left, byte[] right)
    {
        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i])
            {
                return left[i].CompareTo(right[i]);
            }
        }

        return 0;
    }

    private static bool TryParseAddress(string text, out IPAddress address)
    {
        // IPAddress.TryParse also takes "1", "0x7f.1" and "010.0.0.1"; only dotted decimal and IPv6 text are addresses here.
        address = IPAddress.None;
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return IPAddress.TryParse(text, out address!) && address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId == 0;
        }

        var parts = text.Split('.');
        if (parts.Length != 4 || parts.Any(part => part.Length is 0 or > 3 || !part.All(char.IsAsciiDigit) || (part.Length > 1 && part[0] == '0')))
        {
            return false;
        }

        return IPAddress.TryParse(text, out address!) && address.AddressFamily == AddressFamily.InterNetwork;
    }

    private static IPAddress Mask(IPAddress address, int prefix)
    {
        var bytes = address.GetAddressBytes();
        for (var bit = prefix; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return new IPAddress(bytes);
    }

    private static string Shorten(string text) => text.Length > MaxLength ? text[..MaxLength] + "..." : text;
}
