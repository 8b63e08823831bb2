using AgentSoar.Engine.Approvals;

namespace AgentSoar.Engine.Tests.Approvals;

public sealed class AssetPatternTests
{
    [Theory]
    [InlineData("dc-*", "DC-01", true)]
    [InlineData("dc-*", "xdc-01", false)]
    [InlineData("dc-??", "dc-01", true)]
    [InlineData("dc-??", "dc-001", false)]
    [InlineData("svc-*@corp.example", "svc-backup@CORP.example", true)]
    [InlineData("svc-*@corp.example", "svc-backup@corp.example.evil", false)]
    [InlineData("*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    [InlineData("10.0.0.*", "10.0.0.9", true)]
    public void Matches_Glob_WholeValueIgnoringCase(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, AssetPattern.TryParse(pattern, out _)!.Matches(value));
    }

    [Theory]
    [InlineData("10.0.0.0/24", "10.0.0.255", true)]
    [InlineData("10.0.0.0/24", "10.0.1.1", false)]
    [InlineData("10.0.0.0/24", "::ffff:10.0.0.5", true)]
    [InlineData("10.0.0.0/24", "10.0.0.0/16", true)]
    [InlineData("10.0.0.0/24", "10.0.0.128/25", true)]
    [InlineData("10.0.0.0/24", "10.0.1.0/24", false)]
    [InlineData("0.0.0.0/8", "42", false)]
    [InlineData("10.0.0.0/24", "dc-01", false)]
    [InlineData("2001:db8::/32", "2001:DB8::1", true)]
    [InlineData("10.0.0.1/24", "10.0.0.200", true)]
    [InlineData("10.0.0.1/24", "10.0.1.1", false)]
    public void Matches_Cidr_AddressesAndOverlappingNetworks(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, AssetPattern.TryParse(pattern, out _)!.Matches(value));
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0/")]
    [InlineData("10.0.0.0/x")]
    public void TryParse_MalformedCidr_IsRefused(string pattern)
    {
        Assert.Null(AssetPattern.TryParse(pattern, out var error));
        Assert.Contains("is not a CIDR", error, StringComparison.Ordinal);
    }
}
