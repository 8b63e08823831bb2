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

        // IPAddress.TryParse accepts "1" or "10.1" as IPv4 shorthands; an alert field holding "1" is not an address.
        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && text.Count(c => c == '.') != 3)
        {
            return false;
        }

        value = new IpValue(address);
        return true;
    }

    public override JsonNode ToJson() => JsonValue.Create(ToString());

    public override string ToString() => Value.ToString();

    public override bool Equals(object? obj) => obj is IpValue other && other.Value.Equals(Value);

    public override int GetHashCode() => Value.GetHashCode();
}
