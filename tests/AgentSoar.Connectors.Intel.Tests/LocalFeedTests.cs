using AgentSoar.Connectors.Intel.Tests.TestSupport;

namespace AgentSoar.Connectors.Intel.Tests;

public sealed class LocalFeedTests : IDisposable
{
    private const string Sha256 = "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Lookup_PlainListWithCommentsAndMixedKinds_EveryKindMatches()
    {
        var file = _folder.Write("bad.txt", $"""
            # known bad, one per line
            203.0.113.7          # c2 server
            198.51.100.0/24
            2001:db8:bad::/48
            login-update.example
            http://files.example/payload.exe#not-a-comment
            {Sha256}

            not an indicator at all
            """);
        using var intel = new IntelHarness(IntelHarness.Options(("list", new IntelSourceOptions { Type = IntelSourceType.List, Path = file })));

        Assert.Equal(Verdict.Malicious, (await intel.IpAsync("203.0.113.7")).Output().Verdict);
        Assert.Equal(Verdict.Malicious, (await intel.IpAsync("198.51.100.200")).Output().Verdict);
        Assert.Equal(Verdict.Malicious, (await intel.IpAsync("2001:db8:bad:1::5")).Output().Verdict);
        Assert.Equal(Verdict.Malicious, (await intel.DomainAsync("login-update.example")).Output().Verdict);
        Assert.Equal(Verdict.Malicious, (await intel.UrlAsync("http://files.example/payload.exe")).Output().Verdict);
        Assert.Equal(Verdict.Malicious, (await intel.HashAsync(Sha256)).Output().Verdict);
        Assert.Equal(Verdict.Unknown, (await intel.IpAsync("203.0.113.8")).Output().Verdict);
        var status = Assert.Single(Assert.IsType<TestOutput>((await intel.TestAsync()).BoxedOutput).Sources);
        Assert.Equal(6, status.Indicators);
        Assert.Equal(new SkippedIndicator("line 9", "'not an indicator at all' is not an address, domain, URL or hash"), Assert.Single(status.SkippedSamples));
    }

    [Fact]
    public async Task LookupIp_Ipv4MappedIpv6Address_MatchesTheIpv4Entry()
    {
        var file = _folder.Write("bad.txt", "203.0.113.7\n");
        using var intel = new IntelHarness(IntelHarness.Options(("list", new IntelSourceOptions { Type = IntelSourceType.List, Path = file })));

        var output = (await intel.IpAsync("::ffff:203.0.113.7")).Output();

        Assert.Equal(Verdict.Malicious, output.Verdict);
        Assert.Equal("203.0.113.7", output.Indicator);
    }

    [Fact]
    public async Task Lookup_ListWithConfiguredVerdictAndScore_UsesThem()
    {
        var file = _folder.Write("watch.txt", "login-update.example\n");
        using var intel = new IntelHarness(IntelHarness.Options(("watch", new IntelSourceOptions { Type = IntelSourceType.List, Path = file, Verdict = Verdict.Suspicious, Score = 35 })));

        var output = (await intel.DomainAsync("login-update.example")).Output();

        Assert.Equal((Verdict.Suspicious, 35), (output.Verdict, output.Score));
    }

    [Fact]
    public async Task LookupDomain_MatchSubdomains_ParentEntryMatchesOnlyWhenEnabled()
    {
        var file = _folder.Write("bad.txt", "evil.example\n");
        using var exact = new IntelHarness(IntelHarness.Options(("list", new IntelSourceOptions { Type = IntelSourceType.List, Path = file })));
        using var parents = new IntelHarness(IntelHarness.Options(("list", new IntelSourceOptions { Type = IntelSourceType.List, Path = file, MatchSubdomains = true })));

        var exactOutput = (await exact.DomainAsync("cdn.evil.example")).Output();
        var parentOutput = (await parents.DomainAsync("cdn.evil.example")).Output();

        Assert.Equal(Verdict.Unknown, exactOutput.Verdict);
        Assert.Equal(Verdict.Malicious, parentOutput.Verdict);
        Assert.Contains("parent domain evil.example", Assert.Single(parentOutput.Sources).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_CsvWithHeaderAndColumns_ReadsValueTypeVerdictAndScore()
    {
        var file = _folder.Write("feed.csv", """
            # exported feed
            first_seen,ioc,ioc_type,threat,confidence
            2025-01-01,203.0.113.7,ip,malicious,90
            2025-01-02,"login-update.example",domain,suspicious,55
            2025-01-03,"http://files.example/a,b.exe",url,,
            2025-01-04,203.0.113.9,ip,malicious,high
            2025-01-05,203.0.113.10,ip,purple,10
            """);
        var source = new IntelSourceOptions
        {
            Type = IntelSourceType.Csv,
            Path = file,
            ValueColumn = "ioc",
            TypeColumn = "ioc_type",
            VerdictColumn = "threat",
            ScoreColumn = "confidence",
        };
        using var intel = new IntelHarness(IntelHarness.Options(("csv", source)));

        var ip = (await intel.IpAsync("203.0.113.7")).Output();
        var domain = (await intel.DomainAsync("login-update.example")).Output();
        var url = (await intel.UrlAsync("http://files.example/a,b.exe")).Output();
        var status = Assert.Single(Assert.IsType<TestOutput>((await intel.TestAsync()).BoxedOutput).Sources);

        Assert.Equal((Verdict.Malicious, 90, "line 3"), (ip.Verdict, ip.Score, Assert.Single(ip.Sources).Detail));
        Assert.Equal((Verdict.Suspicious, 55), (domain.Verdict, domain.Score));
        Assert.Equal((Verdict.Malicious, 80), (url.Verdict, url.Score));
        Assert.Equal(3, status.Indicators);
        Assert.Equal(["line 6", "line 7"], status.SkippedSamples.Select(s => s.Where));
        Assert.Contains("score 'high'", status.SkippedSamples[0].Reason, StringComparison.Ordinal);
        Assert.Contains("unknown verdict 'purple'", status.SkippedSamples[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_CsvWithoutHeader_ColumnsByNumberAndSemicolons()
    {
        var file = _folder.Write("feed.csv", $"x;{Sha256};clean\n");
        var source = new IntelSourceOptions { Type = IntelSourceType.Csv, Path = file, HasHeader = false, Delimiter = ";", ValueColumn = "1", VerdictColumn = "2" };
        using var intel = new IntelHarness(IntelHarness.Options(("csv", source)));

        var output = (await intel.HashAsync(Sha256)).Output();

        Assert.Equal((Verdict.Clean, 0), (output.Verdict, output.Score));
    }

    [Fact]
    public async Task Lookup_CsvHeaderWithoutTheConfiguredColumn_FailsNamingTheColumns()
    {
        var file = _folder.Write("feed.csv", "indicator,kind\n203.0.113.7,ip\n");
        var source = new IntelSourceOptions { Type = IntelSourceType.Csv, Path = file, TypeColumn = "type" };
        using var intel = new IntelHarness(IntelHarness.Options(("csv", source)));

        var failure = (await intel.IpAsync("203.0.113.7")).Failed();

        Assert.Equal(Sdk.ActionFailureKind.Permanent, failure.Kind);
        Assert.Contains("Feed 'csv' could not be loaded", failure.Message, StringComparison.Ordinal);
        Assert.Contains("TypeColumn 'type'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_MissingFeedFile_PermanentFailureNamingTheFeed()
    {
        using var intel = new IntelHarness(IntelHarness.Options(("gone", new IntelSourceOptions { Type = IntelSourceType.List, Path = Path.Combine(_folder.Path, "nope.txt") })));

        var failure = (await intel.IpAsync("203.0.113.7")).Failed();

        Assert.Equal(Sdk.ActionFailureKind.Permanent, failure.Kind);
        Assert.Contains("Feed 'gone' could not be loaded", failure.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lookup_domain", "not a domain!")]
    [InlineData("lookup_url", "no-scheme.example/path")]
    [InlineData("lookup_hash", "abc123")]
    public async Task Lookup_MalformedIndicator_InvalidInputNamingTheField(string action, string value)
    {
        var file = _folder.Write("bad.txt", "203.0.113.7\n");
        using var intel = new IntelHarness(IntelHarness.Options(("list", new IntelSourceOptions { Type = IntelSourceType.List, Path = file })));
        object input = action switch
        {
            "lookup_domain" => new LookupDomainInput(value),
            "lookup_url" => new LookupUrlInput(value),
            _ => new LookupHashInput(value),
        };

        var failure = (await intel.RunAsync(action, input)).Failed();

        Assert.Equal(Sdk.ActionFailureKind.InvalidInput, failure.Kind);
        Assert.StartsWith(action["lookup_".Length..] + ":", failure.Message, StringComparison.Ordinal);
    }
}
