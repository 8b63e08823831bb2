using System.Globalization;
using System.Net;

namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary>An address block such as <c>10.0.0.0/8</c> or <c>fc00::/7</c>. Host bits in the address are ignored.</summary>
internal sealed record Cidr(IPAddress Network, int PrefixLength)
{
    public static bool TryParse(string text, out Cidr? cidr)
    {
        cidr = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !IpValue.TryParse(text[..slash], out var address)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix))
        {
            return false;
        }

        var bits = address!.Value.GetAddressBytes().Length * 8;
        if (prefix > bits)
        {
            return false;
        }

        cidr = new Cidr(address.Value, prefix);
        return true;
    }

    public bool Contains(IPAddress address)
    {
        if (address.AddressFamily != Network.AddressFamily)
        {
            return false;
        }

        var a = address.GetAddressBytes();
        var n = Network.GetAddressBytes();
        var whole = PrefixLength / 8;
        if (!a.AsSpan(0, whole).SequenceEqual(n.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = PrefixLength % 8;
        var mask = (byte)(0xFF << (8 - rest));
        return rest == 0 || (a[whole] & mask) == (n[whole] & mask);
    }
}
