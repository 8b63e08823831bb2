using System.Data.Common;

namespace AgentSoar.Storage.Tests;

public sealed partial class SqlStoreTransactionTests
{
    [Theory, AllEngines]
    public async Task InsertIncidentAsync_ThenGet_ReturnsEqualRecordInUtc(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = TestData.Incident() with { UpdatedAt = TestData.At(7), Version = 4, Title = "Ünïcødé ☃ title" };

        await db.Store.WriteAsync(tx => tx.InsertIncidentAsync(incident, default));

        var stored = await db.Store.GetIncidentAsync(incident.Id, default);
        Assert.Equal(incident, stored);
        Assert.Equal(TimeSpan.Zero, stored!.CreatedAt.Offset);
        Assert.Equal(incident.CreatedAt.UtcTicks, stored.CreatedAt.UtcTicks);
    }

    [Theory, AllEngines]
    public async Task TryInsertAlertAsync_ThenGet_ReturnsEqualRecordWithLargeJson(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var bigJson = "{\"raw\":\"" + string.Concat(Enumerable.Repeat("é\\\"x ", 5000)) + "\"}";
        var alert = TestData.Alert(incident.Id) with { FindingJson = bigJson };

        var inserted = await db.Store.WriteAsync(tx => tx.TryInsertAlertAsync(alert, default));

        Assert.True(inserted);
        Assert.Equal(alert, await db.Store.GetAlertAsync(alert.Id, default));
    }

    [Theory, AllEngines]
    public async Task InsertPlanAsync_ThenList_ReturnsEqualRecord(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var alert = TestData.Alert(incident.Id);
        var plan = TestData.Plan(incident.Id, alert.Id);

        await db.Store.WriteAsync(async tx =>
        {
            await tx.TryInsertAlertAsync(alert, default);
            await tx.InsertPlanAsync(plan, default);
        });

        Assert.Equal([plan], await db.Store.ListPlansAsync(incident.Id, default));
    }

    [Theory, AllEngines]
    public async Task InsertRunAsync_ThenGet_ReturnsEqualRecordsWithAndWithoutWakeTime(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var waiting = TestData.Run(incident.Id, wakeAt: TestData.At(10)) with { UpdatedAt = TestData.At(1), Version = 9 };
        var idle = TestData.Run(incident.Id) with { PlaybookVersion = 12, Status = "completed" };

        await db.Store.WriteAsync(async tx =>
        {
            await tx.InsertRunAsync(waiting, default);
            await tx.InsertRunAsync(idle, default);
        });

        Assert.Equal(waiting, await db.Store.GetRunAsync(waiting.Id, default));
        Assert.Equal(idle, await db.Store.GetRunAsync(idle.Id, default));
    }

    [Theory, AllEngines]
    public async Task InsertApprovalAsync_ThenGet_ReturnsEqualRecordsWithAndWithoutDecision(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var run = await db.Store.SeedRunAsync(incident.Id);
        var pending = TestData.Approval(run.Id, incident.Id);
        var decided = TestData.Approval(run.Id, incident.Id, "approved") with
        {
            DecidedAt = TestData.At(3), DecisionsJson = """[{"by":"alice","verdict":"approve"}]""",
        };

        await db.Store.WriteAsync(async tx =>
        {
            await tx.InsertApprovalAsync(pending, default);
            await tx.InsertApprovalAsync(decided, default);
        });

        Assert.Equal(pending, await db.Store.GetApprovalAsync(pending.Id, default));
        Assert.Equal(decided, await db.Store.GetApprovalAsync(decided.Id, default));
    }

    [Theory, AllEngines]
    public async Task EnqueueOutbox_ThenListUnsent_ReturnsEqualMessages(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var broadcast = TestData.Outbox();
        var directed = TestData.Outbox(TestData.At(1), destination: "queue:connector-firewall");

        await db.Store.WriteAsync(tx =>
        {
            tx.EnqueueOutbox(broadcast);
            tx.EnqueueOutbox(directed);
        });

        Assert.Equal([broadcast, directed], await db.Store.ListUnsentOutboxAsync(TestData.At(2), 10, default));
    }

    [Theory, AllEngines]
    public async Task Getters_UnknownIds_ReturnNull(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        Assert.Null(await db.Store.GetIncidentAsync(Guid.NewGuid(), default));
        Assert.Null(await db.Store.GetAlertAsync(Guid.NewGuid(), default));
        Assert.Null(await db.Store.GetRunAsync(Guid.NewGuid(), default));
        Assert.Null(await db.Store.GetApprovalAsync(Guid.NewGuid(), default));
        Assert.Empty(await db.Store.ListPlansAsync(Guid.NewGuid(), default));
    }

    [Theory, AllEngines]
    public async Task InsertPlanAsync_UnknownAlert_ThrowsBecauseForeignKeysHold(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        await using var tx = await db.Store.BeginAsync(default);

        await Assert.ThrowsAnyAsync<DbException>(() => tx.InsertPlanAsync(TestData.Plan(incident.Id, Guid.NewGuid()), default));
    }
}
