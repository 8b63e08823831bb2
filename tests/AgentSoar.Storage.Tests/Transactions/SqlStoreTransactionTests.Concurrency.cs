using System.Data.Common;

namespace AgentSoar.Storage.Tests;

public sealed partial class SqlStoreTransactionTests
{
    [Theory, AllEngines]
    public async Task TryUpdateIncidentAsync_NextVersion_StoresAndReturnsTrue(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var next = incident with { Status = "contained", SeverityId = 5, UpdatedAt = TestData.At(5), Version = 2 };

        var updated = await db.Store.WriteAsync(tx => tx.TryUpdateIncidentAsync(next, default));

        Assert.True(updated);
        Assert.Equal(next, await db.Store.GetIncidentAsync(incident.Id, default));
    }

    [Theory, AllEngines]
    public async Task TryUpdateIncidentAsync_StaleVersion_ReturnsFalseAndChangesNothing(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var first = incident with { Status = "contained", Version = 2 };
        var stale = incident with { Status = "closed", Version = 2 };
        await db.Store.WriteAsync(tx => tx.TryUpdateIncidentAsync(first, default));

        var updated = await db.Store.WriteAsync(tx => tx.TryUpdateIncidentAsync(stale, default));

        Assert.False(updated);
        Assert.Equal(first, await db.Store.GetIncidentAsync(incident.Id, default));
    }

    [Theory, AllEngines]
    public async Task TryUpdateRunAsync_StaleVersion_ReturnsFalseAndChangesNothing(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var run = await db.Store.SeedRunAsync(incident.Id);
        var skipping = run with { Status = "failed", Version = 3 };

        var updated = await db.Store.WriteAsync(tx => tx.TryUpdateRunAsync(skipping, default));

        Assert.False(updated);
        Assert.Equal(run, await db.Store.GetRunAsync(run.Id, default));
    }

    [Theory, AllEngines]
    public async Task TryUpdateRunAsync_NextVersion_StoresStateButKeepsRunIdentity(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var run = await db.Store.SeedRunAsync(incident.Id);
        var next = run with
        {
            Status = "waiting_approval", StateJson = """{"step":"block"}""", WakeAt = TestData.At(15), UpdatedAt = TestData.At(1), Version = 2,
        };

        var updated = await db.Store.WriteAsync(tx => tx.TryUpdateRunAsync(next with { PlaybookId = "other", PlaybookVersion = 99 }, default));

        Assert.True(updated);
        Assert.Equal(next, await db.Store.GetRunAsync(run.Id, default));
    }

    [Theory, AllEngines]
    public async Task TryUpdateApprovalAsync_StaleVersion_ReturnsFalseAndChangesNothing(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var run = await db.Store.SeedRunAsync(incident.Id);
        var approval = TestData.Approval(run.Id, incident.Id);
        await db.Store.WriteAsync(tx => tx.InsertApprovalAsync(approval, default));
        var approved = approval with { Status = "approved", DecidedAt = TestData.At(2), DecisionsJson = """[{"by":"alice"}]""", Version = 2 };
        var lateReject = approval with { Status = "rejected", DecidedAt = TestData.At(3), Version = 2 };

        var first = await db.Store.WriteAsync(tx => tx.TryUpdateApprovalAsync(approved, default));
        var second = await db.Store.WriteAsync(tx => tx.TryUpdateApprovalAsync(lateReject, default));

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(approved, await db.Store.GetApprovalAsync(approval.Id, default));
    }

    [Theory, AllEngines]
    public async Task TryUpdateRunAsync_ConcurrentWriterWithTheSameVersion_WaitsThenLoses(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var run = await db.Store.SeedRunAsync(incident.Id);
        var winner = run with { Status = "replica-a", Version = 2 };
        await using var first = await db.Store.BeginAsync(default);
        Assert.True(await first.TryUpdateRunAsync(winner, default));

        // SQLite makes the second writer wait at BEGIN, PostgreSQL at the row lock: either way it must
        // not finish while the first is open, and must then see the new version and lose.
        var second = Task.Run(() => db.NewStore().WriteAsync(tx => tx.TryUpdateRunAsync(run with { Status = "replica-b", Version = 2 }, default)));
        await Task.Delay(300);
        Assert.False(second.IsCompleted);
        await first.CommitAsync(default);

        Assert.False(await second.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(winner, await db.Store.GetRunAsync(run.Id, default));
    }

    [Theory, AllEngines]
    public async Task TryInsertAlertAsync_ExistingId_ReturnsFalseAndKeepsTheFirst(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var alert = TestData.Alert(incident.Id);
        await db.Store.WriteAsync(tx => tx.TryInsertAlertAsync(alert, default));

        var again = await db.Store.WriteAsync(tx => tx.TryInsertAlertAsync(alert with { Source = "redelivered" }, default));

        Assert.False(again);
        Assert.Equal(alert, await db.Store.GetAlertAsync(alert.Id, default));
    }

    [Theory, AllEngines]
    public async Task InsertIncidentAsync_ExistingId_ThrowsDbException(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        await using var tx = await db.Store.BeginAsync(default);

        await Assert.ThrowsAnyAsync<DbException>(() => tx.InsertIncidentAsync(incident with { Title = "again" }, default));
    }
}
