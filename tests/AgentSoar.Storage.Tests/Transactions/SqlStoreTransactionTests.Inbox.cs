namespace AgentSoar.Storage.Tests;

public sealed partial class SqlStoreTransactionTests
{
    [Theory, AllEngines]
    public async Task TryMarkProcessedAsync_SameMessageTwice_ReturnsFalseTheSecondTime(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var messageId = Guid.NewGuid();

        var first = await db.Store.WriteAsync(tx => tx.TryMarkProcessedAsync("runner", messageId, TestData.T0, default));
        var second = await db.Store.WriteAsync(tx => tx.TryMarkProcessedAsync("runner", messageId, TestData.At(1), default));

        Assert.True(first);
        Assert.False(second);
    }

    [Theory, AllEngines]
    public async Task TryMarkProcessedAsync_SameMessageOtherConsumer_ReturnsTrue(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var messageId = Guid.NewGuid();
        await db.Store.WriteAsync(tx => tx.TryMarkProcessedAsync("runner", messageId, TestData.T0, default));

        var other = await db.Store.WriteAsync(tx => tx.TryMarkProcessedAsync("approvals", messageId, TestData.T0, default));

        Assert.True(other);
    }

    [Theory, AllEngines]
    public async Task TryMarkProcessedAsync_RolledBack_CanBeProcessedAgain(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var messageId = Guid.NewGuid();
        await using (var failed = await db.Store.BeginAsync(default))
        {
            Assert.True(await failed.TryMarkProcessedAsync("runner", messageId, TestData.T0, default));
        }

        var retry = await db.Store.WriteAsync(tx => tx.TryMarkProcessedAsync("runner", messageId, TestData.At(1), default));

        Assert.True(retry);
    }

    [Theory, AllEngines]
    public async Task TryMarkProcessedAsync_RedeliveryWhileTheFirstIsInFlight_WaitsThenFollowsItsOutcome(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var committed = Guid.NewGuid();
        var abandoned = Guid.NewGuid();

        Assert.False(await RedeliverDuringAsync(db, committed, commitFirst: true));
        Assert.True(await RedeliverDuringAsync(db, abandoned, commitFirst: false));
    }

    private static async Task<bool> RedeliverDuringAsync(TestDatabase db, Guid messageId, bool commitFirst)
    {
        var first = await db.Store.BeginAsync(default);
        Assert.True(await first.TryMarkProcessedAsync("runner", messageId, TestData.T0, default));

        var redelivery = Task.Run(() => db.NewStore().WriteAsync(tx => tx.TryMarkProcessedAsync("runner", messageId, TestData.At(1), default)));
        await Task.Delay(300);
        Assert.False(redelivery.IsCompleted);
        if (commitFirst)
        {
            await first.CommitAsync(default);
        }

        await first.DisposeAsync();
        return await redelivery.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
