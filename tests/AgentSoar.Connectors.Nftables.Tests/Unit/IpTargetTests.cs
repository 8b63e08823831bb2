namespace AgentSoar.Connectors.Nftables.Tests.Unit;

public sealed class IpTargetTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7", "ipv4", true)]
    [InlineData("203.0.113.0/24", "203.0.113.0/24", "ipv4", false)]
    [InlineData("203.0.113.7/32", "203.0.113.7", "ipv4", true)]
    [InlineData("2001:DB8:0:0::1", "2001:db8::1", "ipv6", true)]
    [InlineData("2001:db8::/32", "2001:db8::/32", "ipv6", false)]
    [InlineData("::ffff:198.51.100.4", "198.51.100.4", "ipv4", true)]
    [InlineData("::ffff:198.51.100.0/120", "198.51.100.0/24", "ipv4", false)]
    public void TryParse_ValidAddressOrNetwork_CanonicalForm(string text, string expected, string family, bool single)
    {
        Assert.True(IpTarget.TryParse(text, out var target, out var error), error);

        Assert.Equal(expected, target.ToString());
        Assert.Equal(family, target.Family);
        Assert.Equal(single, target.IsSingleAddress);
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("10.0.0.1; flush ruleset", "is not an IPv4 or IPv6")]
    [InlineData("10.0.0.1 }", "is not an IPv4 or IPv6")]
    [InlineData("-f", "is not an IPv4 or IPv6")]
    [InlineData("@blocked_v4", "is not an IPv4 or IPv6")]
    [InlineData("1", "is not an IPv4 or IPv6")]
    [InlineData("0x7f.1", "is not an IPv4 or IPv6")]
    [InlineData("010.0.0.1", "is not an IPv4 or IPv6")]
    [InlineData("256.0.0.1", "is not an IPv4 or IPv6")]
    [InlineData("fe80::1%eth0", "is not an IPv4 or IPv6")]
    [InlineData("10.0.0.1/33", "prefix length")]
    [InlineData("10.0.0.1/", "prefix length")]
    [InlineData("10.0.0.1/-1", "is not an IPv4 or IPv6")]
    [InlineData("10.0.0.5/24", "did you mean 10.0.0.0/24")]
    [InlineData("0.0.0.0/0", "every address")]
    [InlineData("::/0", "every address")]
    [InlineData("::ffff:0:0/95", "IPv4-mapped")]
    public void TryParse_NotAnAddress_ExplainsWhy(string text, string reason)
    {
        Assert.False(IpTarget.TryParse(text, out _, out var error));

        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.1.2.3", true)]
    [InlineData("10.1.2.3", "10.0.0.0/8", true)]
    [InlineData("10.0.0.0/24", "10.0.1.0/24", false)]
    [InlineData("2001:db8::/32", "2001:db8:1::1", true)]
    [InlineData("10.0.0.1", "::ffff:10.0.0.2", false)]
    public void Overlaps_TwoRanges_TrueWhenTheyShareAnAddress(string left, string right, bool expected)
    {
        Assert.True(IpTarget.TryParse(left, out var a, out _));
        Assert.True(IpTarget.TryParse(right, out var b, out _));

        Assert.Equal(expected, a.Overlaps(b));
        Assert.Equal(expected, b.Overlaps(a));
    }
}
