namespace AgentSoar.Connectors.Nftables.Tests.Unit;

public sealed class NftJsonTests
{
    private const string Listing = """
        {"nftables": [{"metainfo": {"version": "1.0.6", "release_name": "Lester Gooch #5", "json_schema_version": 1}},
        {"table": {"family": "inet", "name": "agentsoar", "handle": 1}},
        {"set": {"family": "inet", "name": "blocked_v4", "table": "agentsoar", "type": "ipv4_addr", "handle": 1, "flags": ["interval", "timeout"],
          "elem": [{"elem": {"val": "10.0.0.1", "timeout": 120, "expires": 119}}, {"prefix": {"addr": "10.1.0.0", "len": 24}}, "10.2.0.9",
                   {"range": ["10.3.0.1", "10.3.0.9"]}]}},
        {"set": {"family": "inet", "name": "blocked_v6", "table": "agentsoar", "type": "ipv6_addr", "handle": 2, "flags": ["interval", "timeout"],
          "elem": [{"prefix": {"addr": "2001:db8::", "len": 32}}]}}]}
        """;

    [Fact]
    public void Elements_SetWithEveryElementShape_ReadsTextAndExpiry()
    {
        var elements = NftJson.Elements(Listing, "blocked_v4");

        Assert.Equal(["10.0.0.1", "10.1.0.0/24", "10.2.0.9", "10.3.0.1-10.3.0.9"], elements.Select(e => e.Text));
        Assert.Equal(TimeSpan.FromSeconds(119), elements[0].ExpiresIn);
        Assert.Equal(TimeSpan.FromSeconds(120), elements[0].Timeout);
        Assert.Null(elements[1].ExpiresIn);
        Assert.Equal("2001:db8::/32", Assert.Single(NftJson.Elements(Listing, "blocked_v6")).Text);
    }

    [Fact]
    public void Elements_UnknownSet_Empty() => Assert.Empty(NftJson.Elements(Listing, "other"));

    [Fact]
    public void VersionAndHasTable_Listing_ReadFromMetainfoAndTables()
    {
        Assert.Equal("1.0.6", NftJson.Version(Listing));
        Assert.True(NftJson.HasTable(Listing, "inet", "agentsoar"));
        Assert.False(NftJson.HasTable(Listing, "ip", "agentsoar"));
        Assert.False(NftJson.HasTable(Listing, "inet", "agentsoar_isolation"));
    }
}
