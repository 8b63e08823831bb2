using AgentSoar.Connectors.Intel.Tests.TestSupport;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Intel.Tests;

public sealed class ReputationServiceTests : IAsyncLifetime
{
    private ReputationServer _server = null!;

    public async Task InitializeAsync() => _server = await ReputationServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task LookupUrl_ServiceAnswers_ValueEncodedKeySentVerdictMappedScoreRescaled()
    {
        _server.Respond = _ => (200, """{"data":{"label":"BAD","rating":[7.5]}}""", TimeSpan.Zero);
        var source = Http("/api/{type}/{value}?fields=all", verdictPath: "data.label", scorePath: "$.data.rating[0]");
        source.VerdictMap["bad"] = Verdict.Malicious;
        source.ScoreMax = 10;
        using var intel = new IntelHarness(IntelHarness.Options(("rep", source)), secrets: new() { ["Sources:rep:ApiKey"] = "key-123" });

        var output = (await intel.UrlAsync("http://evil.example/a b?x=1&y=/")).Output();

        var (path, headers) = Assert.Single(_server.Requests);
        Assert.Equal("/api/url/http%3A%2F%2Fevil.example%2Fa%2520b%3Fx%3D1%26y%3D%2F?fields=all", path);
        Assert.Equal("key-123", headers["X-Api-Key"]);
        Assert.Equal((Verdict.Malicious, 75), (output.Verdict, output.Score));
        Assert.Equal("rep", Assert.Single(output.Sources).Name);
    }

    [Theory]
    [InlineData(90, Verdict.Malicious)]
    [InlineData(50, Verdict.Suspicious)]
    [InlineData(5, Verdict.Clean)]
    public async Task LookupIp_ScoreOnly_ThresholdsDecideTheVerdict(int score, Verdict expected)
    {
        _server.Respond = _ => (200, $$"""{"score":{{score}}}""", TimeSpan.Zero);
        using var intel = new IntelHarness(IntelHarness.Options(("rep", Http("/ip/{value}", verdictPath: null, scorePath: "score"))));

        var output = (await intel.IpAsync("203.0.113.7")).Output();

        Assert.Equal((expected, score), (output.Verdict, output.Score));
        Assert.Equal("/ip/203.0.113.7", Assert.Single(_server.Requests).PathAndQuery);
    }

    [Fact]
    public async Task LookupIp_PrefixedKeyHeader_SentWithThePrefix()
    {
        var source = Http("/ip/{value}");
        source.ApiKeyHeader = "Authorization";
        source.ApiKeyPrefix = "Bearer ";
        using var intel = new IntelHarness(IntelHarness.Options(("rep", source)), secrets: new() { ["Sources:rep:ApiKey"] = "key-123" });

        await intel.IpAsync("203.0.113.7");

        Assert.Equal("Bearer key-123", Assert.Single(_server.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task LookupIp_ServiceSlowerThanTheTimeout_TransientNamingTheSource()
    {
        _server.Respond = _ => (200, """{"verdict":"malicious"}""", TimeSpan.FromSeconds(10));
        var source = Http("/ip/{value}");
        source.Timeout = TimeSpan.FromMilliseconds(300);
        using var intel = new IntelHarness(IntelHarness.Options(("rep", source)));

        var failure = (await intel.IpAsync("203.0.113.7")).Failed();

        Assert.Equal(ActionFailureKind.Transient, failure.Kind);
        Assert.Contains("Intel source 'rep' did not answer within 0.3 s", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, ActionFailureKind.Transient)]
    [InlineData(503, ActionFailureKind.Transient)]
    [InlineData(429, ActionFailureKind.Transient)]
    [InlineData(401, ActionFailureKind.Unauthorized)]
    [InlineData(403, ActionFailureKind.Unauthorized)]
    [InlineData(400, ActionFailureKind.Permanent)]
    [InlineData(302, ActionFailureKind.Permanent)]
    public async Task LookupIp_ServiceAnswersStatus_MapsToFailureKind(int status, ActionFailureKind expected)
    {
        _server.Respond = _ => (status, "{}", TimeSpan.Zero);
        using var intel = new IntelHarness(IntelHarness.Options(("rep", Http("/ip/{value}"))));

        var failure = (await intel.IpAsync("203.0.113.7")).Failed();

        Assert.Equal(expected, failure.Kind);
        Assert.Contains($"answered {status}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupIp_ServiceDoesNotKnowTheIndicator_UnknownWithoutSources()
    {
        _server.Respond = _ => (404, """{"error":"not found"}""", TimeSpan.Zero);
        using var intel = new IntelHarness(IntelHarness.Options(("rep", Http("/ip/{value}"))));

        var output = (await intel.IpAsync("203.0.113.7")).Output();

        Assert.Equal(Verdict.Unknown, output.Verdict);
        Assert.Empty(output.Sources);
    }

    [Theory]
    [InlineData("<html>502 bad gateway</html>", "not JSON")]
    [InlineData("""{"data":{}}""", "without a value at data.verdict or data.score")]
    [InlineData("""{"data":{"verdict":"purple"}}""", "\"purple\" at data.verdict, which VerdictMap does not map")]
    [InlineData("""{"data":{"score":"high"}}""", "\"high\" at data.score, which is not a number")]
    [InlineData("[1,2,3]", "without a value")]
    public async Task LookupIp_GarbageBody_PermanentSayingWhatWasWrong(string body, string message)
    {
        _server.Respond = _ => (200, body, TimeSpan.Zero);
        using var intel = new IntelHarness(IntelHarness.Options(("rep", Http("/ip/{value}", verdictPath: "data.verdict", scorePath: "data.score"))));

        var failure = (await intel.IpAsync("203.0.113.7")).Failed();

        Assert.Equal(ActionFailureKind.Permanent, failure.Kind);
        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupIp_AnswerLargerThanTheLimit_Permanent()
    {
        _server.Respond = _ => (200, $$"""{"verdict":"clean","pad":"{{new string('x', 5000)}}"}""", TimeSpan.Zero);
        var source = Http("/ip/{value}");
        source.MaxResponseBytes = 1000;
        using var intel = new IntelHarness(IntelHarness.Options(("rep", source)));

        var failure = (await intel.IpAsync("203.0.113.7")).Failed();

        Assert.Contains("more than 1000 bytes", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupIp_NothingListens_Transient()
    {
        var source = new IntelSourceOptions { Type = IntelSourceType.Http, UrlTemplate = "http://127.0.0.1:1/ip/{value}", VerdictPath = "verdict" };
        using var intel = new IntelHarness(IntelHarness.Options(("rep", source)));

        var failure = (await intel.IpAsync("203.0.113.7")).Failed();

        Assert.Equal(ActionFailureKind.Transient, failure.Kind);
        Assert.Contains("could not be reached", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupIp_SourceRestrictedToHashes_ServiceNotAsked()
    {
        var source = Http("/hash/{value}");
        source.Types.Add(IndicatorKind.Hash);
        using var intel = new IntelHarness(IntelHarness.Options(("rep", source)));

        var output = (await intel.IpAsync("203.0.113.7")).Output();

        Assert.Equal(Verdict.Unknown, output.Verdict);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("http://{value}.rep.example/x")]
    [InlineData("http://rep.example{value}")]
    [InlineData("ftp://rep.example/{value}")]
    [InlineData("http://user:pw@rep.example/{value}")]
    [InlineData("http://rep.example/ip")]
    public void Validate_TemplateThatLetsTheValueChooseTheHostOrIsUnusable_Refused(string template)
    {
        var options = IntelHarness.Options(("rep", new IntelSourceOptions { Type = IntelSourceType.Http, UrlTemplate = template, VerdictPath = "verdict" }));

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.MemberNames.Single() == "Sources:rep:UrlTemplate");
    }

    private IntelSourceOptions Http(string pathTemplate, string? verdictPath = "verdict", string? scorePath = "score") => new()
    {
        Type = IntelSourceType.Http,
        UrlTemplate = _server.Url(pathTemplate),
        VerdictPath = verdictPath,
        ScorePath = scorePath,
    };
}
