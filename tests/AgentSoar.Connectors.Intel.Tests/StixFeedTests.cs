using AgentSoar.Connectors.Intel.Tests.TestSupport;

namespace AgentSoar.Connectors.Intel.Tests;

public sealed class StixFeedTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task LookupIp_RealC2IndicatorBundle_MaliciousWithTheIndicatorNamed()
    {
        using var intel = new IntelHarness(IntelHarness.Options(("oasis", Stix(Path.Combine(IntelHarness.StixExamples, "indicator-for-c2-ip-address.json")))));

        var output = (await intel.IpAsync("10.0.0.0")).Output();

        Assert.Equal(Verdict.Malicious, output.Verdict);
        Assert.Equal(80, output.Score);
        var source = Assert.Single(output.Sources);
        Assert.Equal("oasis", source.Name);
        Assert.Contains("indicator--33fe3b22-0201-47cf-85d0-97c02164528d", source.Detail, StringComparison.Ordinal);
        Assert.Contains("IP Address for known C2 channel", source.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupIp_AddressNotInTheRealBundle_UnknownWithoutSources()
    {
        using var intel = new IntelHarness(IntelHarness.Options(("oasis", Stix(Path.Combine(IntelHarness.StixExamples, "indicator-for-c2-ip-address.json")))));

        var output = (await intel.IpAsync("10.0.0.1")).Output();

        Assert.Equal(Verdict.Unknown, output.Verdict);
        Assert.Equal(0, output.Score);
        Assert.Empty(output.Sources);
    }

    [Fact]
    public async Task Test_RealExamplesFolder_ReportsTheEmailIndicatorsItSkipsAndWhy()
    {
        using var intel = new IntelHarness(IntelHarness.Options(("oasis", Stix(IntelHarness.StixExamples))));

        var output = Assert.IsType<TestOutput>((await intel.TestAsync()).BoxedOutput);

        var status = Assert.Single(output.Sources);
        Assert.True(output.Ready);
        Assert.Equal(1, status.Indicators);
        Assert.Equal(2, status.Skipped);
        Assert.Contains(status.SkippedSamples, s => s.Where == "indicator--8cf9236f-1b96-493d-98be-0c1c1e8b62d7" && s.Reason.Contains("email-message:subject", StringComparison.Ordinal));
        Assert.Contains(status.SkippedSamples, s => s.Where == "indicator--2e17f6fe-3a4d-438a-911a-e509ba1b9933" && s.Reason.Contains("email-message:body_multipart", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lookup_WrittenBundle_DomainUrlAndHashIndicatorsMatch()
    {
        var file = _folder.Write("bundle.json", Bundle(
            Indicator("indicator--1", "[domain-name:value = 'login-update.example']"),
            Indicator("indicator--2", "[url:value = 'http://files.example/payload.exe']"),
            Indicator("indicator--3", "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']")));
        using var intel = new IntelHarness(IntelHarness.Options(("feed", Stix(file))));

        Assert.Equal(Verdict.Malicious, (await intel.DomainAsync("Login-Update.Example.")).Output().Verdict);
        Assert.Equal(Verdict.Malicious, (await intel.UrlAsync("HTTP://FILES.example:80/payload.exe#top")).Output().Verdict);
        Assert.Equal(Verdict.Malicious, (await intel.HashAsync("AEC070645FE53EE3B3763059376134F058CC337247C978ADD178B6CCDFB0019F")).Output().Verdict);
        Assert.Equal(Verdict.Unknown, (await intel.DomainAsync("update.example")).Output().Verdict);
    }

    [Fact]
    public async Task LookupIp_IndicatorPastValidUntil_NoLongerMatches()
    {
        var file = _folder.Write("bundle.json", Bundle(
            Indicator("indicator--1", "[ipv4-addr:value = '203.0.113.7']", extra: """ "valid_until": "2025-06-01T12:30:00Z" """)));
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        using var intel = new IntelHarness(IntelHarness.Options(("feed", Stix(file))), clock);

        var before = (await intel.IpAsync("203.0.113.7")).Output();
        clock.Advance(TimeSpan.FromMinutes(31));
        var after = (await intel.IpAsync("203.0.113.7")).Output();

        Assert.Equal(Verdict.Malicious, before.Verdict);
        Assert.Equal(Verdict.Unknown, after.Verdict);
    }

    [Fact]
    public async Task LookupIp_IndicatorValidFromTheFuture_MatchesOnlyOnceValid()
    {
        var file = _folder.Write("bundle.json", Bundle(
            Indicator("indicator--1", "[ipv4-addr:value = '203.0.113.7']", validFrom: "2025-06-02T00:00:00Z")));
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        using var intel = new IntelHarness(IntelHarness.Options(("feed", Stix(file))), clock);

        var before = (await intel.IpAsync("203.0.113.7")).Output();
        clock.Advance(TimeSpan.FromDays(1));
        var after = (await intel.IpAsync("203.0.113.7")).Output();

        Assert.Equal(Verdict.Unknown, before.Verdict);
        Assert.Equal(Verdict.Malicious, after.Verdict);
    }

    [Fact]
    public async Task LookupIp_RevokedIndicator_SkippedAndReported()
    {
        var file = _folder.Write("bundle.json", Bundle(
            Indicator("indicator--revoked", "[ipv4-addr:value = '203.0.113.7']", extra: """ "revoked": true """)));
        using var intel = new IntelHarness(IntelHarness.Options(("feed", Stix(file))));

        var output = (await intel.IpAsync("203.0.113.7")).Output();
        var status = Assert.Single(Assert.IsType<TestOutput>((await intel.TestAsync()).BoxedOutput).Sources);

        Assert.Equal(Verdict.Unknown, output.Verdict);
        Assert.Equal(new SkippedIndicator("indicator--revoked", "revoked"), Assert.Single(status.SkippedSamples));
    }

    [Fact]
    public async Task LookupIp_Confidence_BecomesTheScoreAndBelowTheMinimumIsSkipped()
    {
        var file = _folder.Write("bundle.json", Bundle(
            Indicator("indicator--sure", "[ipv4-addr:value = '203.0.113.7']", extra: """ "confidence": 95 """),
            Indicator("indicator--unsure", "[ipv4-addr:value = '203.0.113.8']", extra: """ "confidence": 10 """)));
        var source = Stix(file);
        source.MinConfidence = 30;
        using var intel = new IntelHarness(IntelHarness.Options(("feed", source)));

        var sure = (await intel.IpAsync("203.0.113.7")).Output();
        var unsure = (await intel.IpAsync("203.0.113.8")).Output();
        var status = Assert.Single(Assert.IsType<TestOutput>((await intel.TestAsync()).BoxedOutput).Sources);

        Assert.Equal(95, sure.Score);
        Assert.Equal(Verdict.Unknown, unsure.Verdict);
        Assert.Contains("confidence 10 is below MinConfidence 30", Assert.Single(status.SkippedSamples).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anomalous-activity", Verdict.Suspicious)]
    [InlineData("benign", Verdict.Clean)]
    [InlineData("compromised", Verdict.Malicious)]
    public async Task LookupIp_IndicatorTypes_DecideTheVerdict(string indicatorType, Verdict expected)
    {
        var file = _folder.Write("bundle.json", Bundle(
            Indicator("indicator--1", "[ipv4-addr:value = '203.0.113.7']", indicatorType: indicatorType)));
        using var intel = new IntelHarness(IntelHarness.Options(("feed", Stix(file))));

        Assert.Equal(expected, (await intel.IpAsync("203.0.113.7")).Output().Verdict);
    }

    [Fact]
    public async Task LookupIp_CidrPattern_MatchesAddressesInTheNetwork()
    {
        var file = _folder.Write("bundle.json", Bundle(Indicator("indicator--net", "[ipv4-addr:value = '198.51.100.0/24']")));
        using var intel = new IntelHarness(IntelHarness.Options(("feed", Stix(file))));

        var inside = (await intel.IpAsync("198.51.100.77")).Output();
        var outside = (await intel.IpAsync("198.51.101.1")).Output();

        Assert.Equal(Verdict.Malicious, inside.Verdict);
        Assert.Contains("network 198.51.100.0/24", Assert.Single(inside.Sources).Detail, StringComparison.Ordinal);
        Assert.Equal(Verdict.Unknown, outside.Verdict);
    }

    [Fact]
    public async Task Test_OtherPatternLanguage_SkippedNamingIt()
    {
        var file = _folder.Write("bundle.json", Bundle(Indicator("indicator--snort", "alert tcp any any -> any 80", patternType: "snort")));
        using var intel = new IntelHarness(IntelHarness.Options(("feed", Stix(file))));

        var status = Assert.Single(Assert.IsType<TestOutput>((await intel.TestAsync()).BoxedOutput).Sources);

        Assert.Contains("pattern_type 'snort'", Assert.Single(status.SkippedSamples).Reason, StringComparison.Ordinal);
    }

    private static IntelSourceOptions Stix(string path) => new() { Type = IntelSourceType.Stix, Path = path };

    private static string Bundle(params string[] objects) =>
        $$"""{"type": "bundle", "id": "bundle--1", "objects": [{{string.Join(",", objects)}}]}""";

    private static string Indicator(string id, string pattern, string validFrom = "2020-01-01T00:00:00Z", string indicatorType = "malicious-activity", string? extra = null, string patternType = "stix") =>
        $$"""
        {"type": "indicator", "spec_version": "2.1", "id": "{{id}}", "created": "2020-01-01T00:00:00Z", "modified": "2020-01-01T00:00:00Z",
         "pattern": {{System.Text.Json.JsonSerializer.Serialize(pattern)}}, "pattern_type": "{{patternType}}", "valid_from": "{{validFrom}}",
         "indicator_types": ["{{indicatorType}}"]{{(extra is null ? "" : "," + extra)}}}
        """;
}
