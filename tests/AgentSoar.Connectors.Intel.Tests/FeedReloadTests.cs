using AgentSoar.Connectors.Intel.Tests.TestSupport;

namespace AgentSoar.Connectors.Intel.Tests;

public sealed class FeedReloadTests : IDisposable
{
    private static readonly DateTime FirstWrite = new(2025, 6, 1, 10, 0, 0, DateTimeKind.Utc);
    private readonly TempFolder _folder = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task LookupIp_ListRewritten_NewContentServedOnceTheIntervalHasPassed()
    {
        var file = _folder.Write("bad.txt", "203.0.113.7\n", FirstWrite);
        using var intel = new IntelHarness(IntelHarness.Options(("list", new IntelSourceOptions { Type = IntelSourceType.List, Path = file })), _clock);
        var before = (await intel.IpAsync("203.0.113.8")).Output();

        _folder.Write("bad.txt", "203.0.113.8\n", FirstWrite.AddMinutes(1));
        var withinInterval = (await intel.IpAsync("203.0.113.8")).Output();
        _clock.Advance(TimeSpan.FromSeconds(31));
        var afterInterval = (await intel.IpAsync("203.0.113.8")).Output();
        var oldEntry = (await intel.IpAsync("203.0.113.7")).Output();

        Assert.Equal(Verdict.Unknown, before.Verdict);
        Assert.Equal(Verdict.Unknown, withinInterval.Verdict);
        Assert.Equal(Verdict.Malicious, afterInterval.Verdict);
        Assert.Equal(Verdict.Unknown, oldEntry.Verdict);
    }

    [Fact]
    public async Task LookupIp_SameModificationTimeButNewLength_Reloaded()
    {
        var file = _folder.Write("bad.txt", "203.0.113.7\n", FirstWrite);
        using var intel = new IntelHarness(IntelHarness.Options(("list", new IntelSourceOptions { Type = IntelSourceType.List, Path = file })), _clock);
        await intel.IpAsync("203.0.113.7");

        _folder.Write("bad.txt", "203.0.113.7\n203.0.113.99\n", FirstWrite);
        _clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(Verdict.Malicious, (await intel.IpAsync("203.0.113.99")).Output().Verdict);
    }

    [Fact]
    public async Task LookupIp_StixFileBrokenOnReload_LastGoodVersionStaysAndTheErrorIsReported()
    {
        var good = File.ReadAllText(Path.Combine(IntelHarness.StixExamples, "indicator-for-c2-ip-address.json"));
        var file = _folder.Write("feed.json", good, FirstWrite);
        using var intel = new IntelHarness(IntelHarness.Options(("stix", new IntelSourceOptions { Type = IntelSourceType.Stix, Path = file })), _clock);
        await intel.IpAsync("10.0.0.0");

        _folder.Write("feed.json", good[..(good.Length / 2)], FirstWrite.AddMinutes(1));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var output = (await intel.IpAsync("10.0.0.0")).Output();
        var status = Assert.Single(Assert.IsType<TestOutput>((await intel.TestAsync()).BoxedOutput).Sources);

        Assert.Equal(Verdict.Malicious, output.Verdict);
        Assert.True(status.Ready);
        Assert.Contains("not valid JSON", status.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupIp_ConcurrentLookupsWhileTheFileChanges_EveryLookupAnswers()
    {
        var lines = string.Join("\n", Enumerable.Range(0, 20_000).Select(i => $"10.{i / 65536}.{i / 256 % 256}.{i % 256}"));
        var file = _folder.Write("bad.txt", lines + "\n203.0.113.7\n", FirstWrite);
        using var intel = new IntelHarness(IntelHarness.Options(("list", new IntelSourceOptions { Type = IntelSourceType.List, Path = file })), _clock);
        await intel.IpAsync("203.0.113.7");

        _folder.Write("bad.txt", lines + "\n203.0.113.7\n203.0.113.8\n", FirstWrite.AddMinutes(1));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => intel.IpAsync("203.0.113.7"))));

        Assert.All(results, result => Assert.Equal(Verdict.Malicious, result.Output().Verdict));
        Assert.Equal(Verdict.Malicious, (await intel.IpAsync("203.0.113.8")).Output().Verdict);
    }
}
