using System.Data.Common;

namespace AgentSoar.Storage.Tests;

public sealed partial class SqlStoreTransactionTests
{
    [Theory, AllEngines]
    public async Task TryUpdateIncidentAsync_CaseFields_RoundTripAndClearAgain(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var closed = incident with
        {
            Status = "closed",
            Version = incident.Version + 1,
            UpdatedAt = TestData.At(9),
            Assignee = "alice",
            TagsJson = "[\"phishing\",\"vip\"]",
            ClosedAt = TestData.At(9),
            Resolution = "true_positive",
        };

        Assert.True(await db.Store.WriteAsync(tx => tx.TryUpdateIncidentAsync(closed, default)));
        Assert.Equal(closed, await db.Store.GetIncidentAsync(incident.Id, default));

        var reopened = closed with { Status = "open", Version = closed.Version + 1, Assignee = null, ClosedAt = null, Resolution = null, TagsJson = "[]" };
        Assert.True(await db.Store.WriteAsync(tx => tx.TryUpdateIncidentAsync(reopened, default)));
        Assert.Equal(reopened, await db.Store.GetIncidentAsync(incident.Id, default));
    }

    [Theory, AllEngines]
    public async Task InsertIncidentAsync_WithoutCaseFields_ReadsBackUnassignedUntaggedOpen(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        var incident = await db.Store.SeedIncidentAsync();

        var stored = await db.Store.GetIncidentAsync(incident.Id, default);
        Assert.Null(stored!.Assignee);
        Assert.Equal("[]", stored.TagsJson);
        Assert.Null(stored.ClosedAt);
        Assert.Null(stored.Resolution);
    }

    [Theory, AllEngines]
    public async Task InsertIncidentCommentAsync_ThenList_ReturnsOnlyThatIncidentsCommentsOldestFirst(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var mine = await db.Store.SeedIncidentAsync();
        var other = await db.Store.SeedIncidentAsync();
        var later = new IncidentCommentRecord(Guid.NewGuid(), mine.Id, "bob", "Contained; waiting for the owner.\nSecond line ☃", TestData.At(5));
        var earlier = new IncidentCommentRecord(Guid.NewGuid(), mine.Id, "alice", "Looking at it", TestData.At(2));
        var elsewhere = new IncidentCommentRecord(Guid.NewGuid(), other.Id, "carol", "Not this one", TestData.At(1));

        await db.Store.WriteAsync(async tx =>
        {
            await tx.InsertIncidentCommentAsync(later, default);
            await tx.InsertIncidentCommentAsync(earlier, default);
            await tx.InsertIncidentCommentAsync(elsewhere, default);
        });

        Assert.Equal([earlier, later], await db.Store.ListIncidentCommentsAsync(mine.Id, default));
    }

    [Theory, AllEngines]
    public async Task InsertIncidentCommentAsync_UnknownIncident_FailsAndStoresNothing(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var orphan = new IncidentCommentRecord(Guid.NewGuid(), Guid.NewGuid(), "alice", "nobody's", TestData.At(1));

        await Assert.ThrowsAnyAsync<DbException>(() => db.Store.WriteAsync(tx => tx.InsertIncidentCommentAsync(orphan, default)));

        Assert.Empty(await db.Store.ListIncidentCommentsAsync(orphan.IncidentId, default));
    }
}
