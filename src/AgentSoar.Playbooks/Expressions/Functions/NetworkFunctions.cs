namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary>is_ip, ip, ip_in_cidr, is_private_ip (IPv4 and IPv6).</summary>
internal static class NetworkFunctions
{
    /// <summary>RFC 1918, RFC 6598 shared space, loopback and link-local, and their IPv6 counterparts (ULA, link-local, ::1).</summary>
    private static readonly Cidr[] PrivateRanges = new[]
    {
        "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
        "fc00::/7", "fe80::/10", "::1/128",
    }.Select(text => Cidr.TryParse(text, out var cidr) ? cidr! : throw new InvalidOperationException(text)).ToArray();

    public static IEnumerable<FunctionDefinition> Definitions =>
    [
        new("is_ip", 1, 1, c => BoolValue.Of(Address(c[0]) is not null)),
        new("ip", 1, 1, Ip, (_, value) => value is StringValue s && !IpValue.TryParse(s.Value, out var _) ? $"'{s.Value}' is not an IP address" : null),
        new("ip_in_cidr", 2, 2, InCidr, (index, value) => index == 1 && value is StringValue s && !Cidr.TryParse(s.Value, out var _) ? CidrError(s.Value) : null),
        new("is_private_ip", 1, 1, c => BoolValue.Of(Address(c[0]) is { } ip && PrivateRanges.Any(r => r.Contains(ip.Value)))),
    ];

    private static IpValue? Address(ExprValue value) => value switch
    {
        IpValue ip => ip,
        StringValue s when IpValue.TryParse(s.Value, out var ip) => ip,
        _ => null,
    };

    private static ExprValue Ip(FunctionCall call) => call[0] switch
    {
        NullValue => ExprValue.Null,
        var value => Address(value) ?? throw call.Error(0, $"'{value}' is not an IP address"),
    };

    /// <summary>The second argument is one block or a list of blocks. An address that does not parse is in none.</summary>
    private static ExprValue InCidr(FunctionCall call)
    {
        IEnumerable<ExprValue> blocks = call[1] is ListValue list ? list.Items : [call[1]];
        var ranges = blocks.Select(b => b is StringValue s && Cidr.TryParse(s.Value, out var cidr)
            ? cidr!
            : throw call.Error(1, b is StringValue bad ? CidrError(bad.Value) : $"expected a CIDR string or a list of them, not {b.TypeName}")).ToList();
        return BoolValue.Of(Address(call[0]) is { } ip && ranges.Any(r => r.Contains(ip.Value)));
    }

    private static string CidrError(string text) => $"invalid CIDR '{text}': expected an address and a prefix length, like 10.0.0.0/8 or fc00::/7";
}
