namespace AgentSoar.Storage.Tests;

public sealed partial class SqlCoordinatorStoreTests
{
    // Ids ordered against enqueue order: only the enqueue order can make the expected list come out.
    private static readonly Guid HighId = Guid.Parse("ffffffff-0000-0000-0000-000000000001");
    private static readonly Guid LowId = Guid.Parse("00000000-0000-0000-0000-000000000002");

    [Theory, AllEngines]
    public async Task ListUnsentOutboxAsync_ReturnsUnsentCreatedBeforeTheCutoffInEnqueueOrder(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var first = TestData.Outbox(TestData.T0, HighId);
        var sameInstant = TestData.Outbox(TestData.T0, LowId);
        var later = TestData.Outbox(TestData.At(1));
        var atCutoff = TestData.Outbox(TestData.At(5));
        await db.Store.WriteAsync(tx =>
        {
            tx.EnqueueOutbox(first);
            tx.EnqueueOutbox(sameInstant);
            tx.EnqueueOutbox(atCutoff);
            tx.EnqueueOutbox(later);
        });

        var unsent = await db.Store.ListUnsentOutboxAsync(TestData.At(5), 10, default);
        var page = await db.Store.ListUnsentOutboxAsync(TestData.At(5), 2, default);

        Assert.Equal([first.Id, sameInstant.Id, later.Id], unsent.Select(m => m.Id));
        Assert.Equal([first.Id, sameInstant.Id], page.Select(m => m.Id));
    }

    [Theory, AllEngines]
    public async Task MarkOutboxSentAsync_MarkedMessages_LeaveTheUnsentListAndKeepTheirFirstSentTime(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var a = TestData.Outbox(TestData.T0);
        var b = TestData.Outbox(TestData.At(1));
        var c = TestData.Outbox(TestData.At(2));
        await db.Store.WriteAsync(tx =>
        {
            tx.EnqueueOutbox(a);
            tx.EnqueueOutbox(b);
            tx.EnqueueOutbox(c);
        });

        await db.Store.MarkOutboxSentAsync([a.Id], TestData.At(10), default);
        await db.Store.MarkOutboxSentAsync([a.Id, b.Id, Guid.NewGuid()], TestData.At(20), default);

        Assert.Equal([c.Id], (await db.Store.ListUnsentOutboxAsync(TestData.At(60), 10, default)).Select(m => m.Id));
        var sentTicks = await db.QueryAsync<long?>("SELECT sent_at FROM outbox ORDER BY enqueue_order");
        Assert.Equal([TestData.At(10).UtcTicks, TestData.At(20).UtcTicks, null], sentTicks);
    }

    [Theory, AllEngines]
    public async Task MarkOutboxSentAsync_MoreIdsThanOneStatementTakes_MarksEveryOne(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var messages = Enumerable.Range(0, 3).Select(i => TestData.Outbox(TestData.At(i))).ToList();
        await db.Store.WriteAsync(tx =>
        {
            foreach (var message in messages)
            {
                tx.EnqueueOutbox(message);
            }
        });

        // The real ids sit at both ends and past the first batch, among ids of messages that were never queued.
        var ids = new List<Guid> { messages[0].Id };
        ids.AddRange(Enumerable.Range(0, 2 * 500).Select(_ => Guid.NewGuid()));
        ids.Add(messages[1].Id);
        await db.Store.MarkOutboxSentAsync(ids, TestData.At(10), default);

        Assert.Equal([messages[2].Id], (await db.Store.ListUnsentOutboxAsync(TestData.At(60), 10, default)).Select(m => m.Id));
    }
}
