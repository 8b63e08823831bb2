using System.Text.Json;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Connectors;
using AgentSoar.Coordinator.Catalog;

namespace AgentSoar.Coordinator.Tests.Catalog;

public sealed class ConnectorCatalogCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WaitUntilAnnouncedAsync_BeforeAnyAnnouncement_ReturnsWhenOneArrives()
    {
        var cache = new ConnectorCatalogCache(TimeProvider.System);

        var waiting = cache.WaitUntilAnnouncedAsync(CancellationToken.None);

        Assert.False(waiting.IsCompleted);
        cache.Update(Catalog());
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(cache.Find("webhook", "post"));
    }

    [Fact]
    public void WaitUntilAnnouncedAsync_AfterAnAnnouncement_ReturnsAtOnce()
    {
        var cache = new ConnectorCatalogCache(TimeProvider.System);
        cache.Update(Catalog());

        Assert.True(cache.WaitUntilAnnouncedAsync(CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public void WaitUntilAnnouncedAsync_PastTheStartPatience_ReturnsAtOnceWithNothingKnown()
    {
        var clock = new SettableClock(Start);
        var cache = new ConnectorCatalogCache(clock);
        clock.Now = Start + ConnectorCatalogCache.StartPatience;

        // No host came up in time: runs go on, and an unknown action meets the policy's unknown-action risk.
        Assert.True(cache.WaitUntilAnnouncedAsync(CancellationToken.None).IsCompletedSuccessfully);
        Assert.Null(cache.Find("webhook", "post"));
    }

    private static ConnectorCatalogPublished Catalog()
    {
        var schema = JsonSerializer.SerializeToElement(new { type = "object" });
        return new ConnectorCatalogPublished("host-1", [new ConnectorInfo("webhook", "1.0.0", "test", Simulated: false,
            [new ActionInfo("post", "posts", RiskLevel.Medium, Mutating: true, Idempotent: false, null, schema, schema)])], Start);
    }

    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
