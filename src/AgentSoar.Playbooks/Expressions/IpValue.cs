using System.Net;
using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

/// <summary>An IPv4 or IPv6 address. An IPv4-mapped IPv6 address is held as the IPv4 address it maps.</summary>
public sealed class IpValue : ExprValue
{
    public IpValue(IPAddress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value.IsIPv4MappedToIPv6 ? value.MapToIPv4() : value;
    }

    public IPAddress Value { get; }

    public override string TypeName => "ip";

    public override bool IsTruthy => true;

    /// <summary>Parses an address; a scope id (<c>fe80::1%eth0</c>) or surrounding text is not an address here.</summary>
    public static bool TryParse(string? text, out IpValue? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text) || text.Contains('%', StringComparison.Ordinal) || !IPAddress.TryParse(text, out var address))
        {
            return false;
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IsDottedDecimal(text))
        {
            return false;
        }

        value = new IpValue(address);
        return true;
    }

    /// <summary>
    /// Four decimal parts. IPAddress.TryParse also takes "1", "10.1" and octal or hex parts ("010.0.0.1" is 8.0.0.1),
    /// forms no alert means; read that way, a block check on such a field would test some other address.
    /// </summary>
    private static bool IsDottedDecimal(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(p =>
            p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit) && (p.Length == 1 || p[0] != '0') && int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) <= 255);
    }

    public override JsonNode ToJson() => JsonValue.Create(ToString());

    public override string ToString() => Value.ToString();

    public override bool Equals(object? obj) => obj is IpValue other && other.Value.Equals(Value);

    public override int GetHashCode() => Value.GetHashCode();
}
