using AgentSoar.Connectors.Intel.Tests.TestSupport;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Intel.Tests;

public sealed class CombinedSourcesTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private ReputationServer _server = null!;

    public async Task InitializeAsync() => _server = await ReputationServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task LookupIp_SeveralSources_WorstVerdictHighestScoreAndEverySourceListed()
    {
        var watch = _folder.Write("watch.txt", "203.0.113.7\n");
        var allow = _folder.Write("allow.csv", "indicator,verdict\n203.0.113.7,clean\n");
        _server.Respond = _ => (200, """{"verdict":"suspicious","score":92}""", TimeSpan.Zero);
        using var intel = new IntelHarness(IntelHarness.Options(
            ("oasis", new IntelSourceOptions { Type = IntelSourceType.Stix, Path = IntelHarness.StixExamples }),
            ("watch", new IntelSourceOptions { Type = IntelSourceType.List, Path = watch, Verdict = Verdict.Malicious, Score = 60 }),
            ("allow", new IntelSourceOptions { Type = IntelSourceType.Csv, Path = allow, VerdictColumn = "verdict" }),
            ("rep", new IntelSourceOptions { Type = IntelSourceType.Http, UrlTemplate = _server.Url("/ip/{value}"), VerdictPath = "verdict", ScorePath = "score" })));

        var output = (await intel.IpAsync("203.0.113.7")).Output();

        Assert.Equal(Verdict.Malicious, output.Verdict);
        Assert.Equal(92, output.Score);
        Assert.Equal(
            [("allow", Verdict.Clean, 0), ("rep", Verdict.Suspicious, 92), ("watch", Verdict.Malicious, 60)],
            output.Sources.Select(s => (s.Name, s.Verdict, s.Score)));
    }

    [Fact]
    public async Task LookupIp_RequiredServiceDown_FailsEvenWhenAFeedKnowsTheAddress()
    {
        var watch = _folder.Write("watch.txt", "203.0.113.7\n");
        _server.Respond = _ => (503, "{}", TimeSpan.Zero);
        using var intel = new IntelHarness(IntelHarness.Options(
            ("watch", new IntelSourceOptions { Type = IntelSourceType.List, Path = watch }),
            ("rep", new IntelSourceOptions { Type = IntelSourceType.Http, UrlTemplate = _server.Url("/ip/{value}"), VerdictPath = "verdict" })));

        var failure = (await intel.IpAsync("203.0.113.7")).Failed();

        Assert.Equal(ActionFailureKind.Transient, failure.Kind);
        Assert.Contains("'rep' answered 503", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupIp_OptionalServiceDown_AnswerFromTheOthersWithTheServiceListedUnavailable()
    {
        var watch = _folder.Write("watch.txt", "203.0.113.7\n");
        _server.Respond = _ => (503, "{}", TimeSpan.Zero);
        using var intel = new IntelHarness(IntelHarness.Options(
            ("watch", new IntelSourceOptions { Type = IntelSourceType.List, Path = watch }),
            ("rep", new IntelSourceOptions { Type = IntelSourceType.Http, UrlTemplate = _server.Url("/ip/{value}"), VerdictPath = "verdict", Optional = true })));

        var output = (await intel.IpAsync("203.0.113.7")).Output();

        Assert.Equal(Verdict.Malicious, output.Verdict);
        Assert.Contains("'rep' answered 503", Assert.Single(output.Unavailable), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupIp_UnauthorizedAndTransientTogether_UnauthorizedWins()
    {
        _server.Respond = path => path.StartsWith("/a/", StringComparison.Ordinal) ? (401, "{}", TimeSpan.Zero) : (500, "{}", TimeSpan.Zero);
        using var intel = new IntelHarness(IntelHarness.Options(
            ("a", new IntelSourceOptions { Type = IntelSourceType.Http, UrlTemplate = _server.Url("/a/{value}"), VerdictPath = "verdict" }),
            ("b", new IntelSourceOptions { Type = IntelSourceType.Http, UrlTemplate = _server.Url("/b/{value}"), VerdictPath = "verdict" })));

        var failure = (await intel.IpAsync("203.0.113.7")).Failed();

        Assert.Equal(ActionFailureKind.Unauthorized, failure.Kind);
    }

    [Theory]
    [InlineData("lookup_ip")]
    [InlineData("test")]
    public async Task Execute_NoSourceConfigured_PermanentNotConfigured(string action)
    {
        using var intel = new IntelHarness(new IntelOptions());
        object input = action == "test" ? new TestInput() : new LookupIpInput(System.Net.IPAddress.Parse("203.0.113.7"));

        var failure = (await intel.RunAsync(action, input)).Failed();

        Assert.Equal(ActionFailureKind.Permanent, failure.Kind);
        Assert.Contains("not configured", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_NoSourceConfigured_UnknownSoTheRunGoesOn()
    {
        using var intel = new IntelHarness(new IntelOptions());

        var output = (await intel.RunAsync("lookup_domain", new LookupDomainInput("Login-Update.Example"), simulate: true)).Output();

        Assert.Equal(("login-update.example", Verdict.Unknown), (output.Indicator, output.Verdict));
    }

    [Fact]
    public async Task Simulate_Configured_LooksUpForReal()
    {
        var watch = _folder.Write("watch.txt", "login-update.example\n");
        using var intel = new IntelHarness(IntelHarness.Options(("watch", new IntelSourceOptions { Type = IntelSourceType.List, Path = watch })));

        var output = (await intel.RunAsync("lookup_domain", new LookupDomainInput("login-update.example"), simulate: true)).Output();

        Assert.Equal(Verdict.Malicious, output.Verdict);
    }
}
