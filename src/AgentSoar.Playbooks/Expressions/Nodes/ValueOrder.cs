using System.Net.Sockets;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary>The ordering of values of the same type; null when the two cannot be ordered.</summary>
internal static class ValueOrder
{
    public static int? Compare(ExprValue a, ExprValue b) => (a, b) switch
    {
        (NumberValue x, NumberValue y) => x.Value.CompareTo(y.Value),
        (StringValue x, StringValue y) => Math.Sign(string.CompareOrdinal(x.Value, y.Value)),
        (TimestampValue x, TimestampValue y) => x.Value.CompareTo(y.Value),
        (DurationValue x, DurationValue y) => x.Value.CompareTo(y.Value),
        (IpValue x, IpValue y) => CompareAddresses(x, y),
        _ => null,
    };

    /// <summary>IPv4 sorts before IPv6; within a family, by the address bytes.</summary>
    private static int CompareAddresses(IpValue x, IpValue y)
    {
        var a = x.Value.GetAddressBytes();
        var b = y.Value.GetAddressBytes();
        if (x.Value.AddressFamily != y.Value.AddressFamily)
        {
            return x.Value.AddressFamily == AddressFamily.InterNetwork ? -1 : 1;
        }

        return a.AsSpan().SequenceCompareTo(b) switch
        {
            < 0 => -1,
            > 0 => 1,
            _ => 0,
        };
    }
}
