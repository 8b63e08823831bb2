namespace AgentSoar.Storage.Tests;

public sealed partial class SqlStoreTransactionTests
{
    [Theory, AllEngines]
    public async Task FindRecentAlertByFingerprintAsync_ReturnsTheNewestSinceOfAnOpenIncident(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var open = await db.Store.SeedIncidentAsync();
        var closed = TestData.Incident() with { Status = "closed" };
        await db.Store.WriteAsync(tx => tx.InsertIncidentAsync(closed, default));
        var old = TestData.Alert(open.Id) with { Fingerprint = "fp", ReceivedAt = TestData.At(1) };
        var newer = TestData.Alert(open.Id) with { Fingerprint = "fp", ReceivedAt = TestData.At(5) };
        var newestButClosed = TestData.Alert(closed.Id) with { Fingerprint = "fp", ReceivedAt = TestData.At(9) };
        var other = TestData.Alert(open.Id) with { Fingerprint = "other", ReceivedAt = TestData.At(8), DuplicateOf = old.Id };
        await db.Store.WriteAsync(async tx =>
        {
            foreach (var alert in new[] { old, newer, newestButClosed, other })
            {
                await tx.TryInsertAlertAsync(alert, default);
            }
        });

        var found = await db.Store.WriteAsync(tx => tx.FindRecentAlertByFingerprintAsync("fp", TestData.At(2), default));
        var tooLate = await db.Store.WriteAsync(tx => tx.FindRecentAlertByFingerprintAsync("fp", TestData.At(6), default));

        Assert.Equal(newer, found);
        Assert.Null(tooLate);
        Assert.Equal(old.Id, (await db.Store.GetAlertAsync(other.Id, default))!.DuplicateOf);
    }

    [Theory, AllEngines]
    public async Task UpsertIncidentKeysAsync_ThenFind_ReturnsOpenIncidentsSeenSinceAndNeverMovesBack(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var first = await db.Store.SeedIncidentAsync();
        var second = await db.Store.SeedIncidentAsync();
        var closed = TestData.Incident() with { Status = "closed" };
        await db.Store.WriteAsync(tx => tx.InsertIncidentAsync(closed, default));
        var host = new IncidentKey("host", "ws-1");
        var ip = new IncidentKey("ip", "10.0.0.5");

        await db.Store.WriteAsync(async tx =>
        {
            await tx.UpsertIncidentKeysAsync(first.Id, [host, ip], TestData.At(10), default);
            await tx.UpsertIncidentKeysAsync(first.Id, [host], TestData.At(3), default);
            await tx.UpsertIncidentKeysAsync(second.Id, [host], TestData.At(2), default);
            await tx.UpsertIncidentKeysAsync(closed.Id, [host, ip], TestData.At(11), default);
        });

        var since5 = await db.Store.WriteAsync(tx => tx.FindOpenIncidentsByKeysAsync([host, ip], TestData.At(5), default));
        var since1 = await db.Store.WriteAsync(tx => tx.FindOpenIncidentsByKeysAsync([host], TestData.At(1), default));

        Assert.Equal([new IncidentKeyMatch(first.Id, host, TestData.At(10)), new IncidentKeyMatch(first.Id, ip, TestData.At(10))], since5);
        Assert.Equal([first.Id, second.Id], since1.Select(m => m.IncidentId));
    }

    [Theory, AllEngines]
    public async Task TryUpdateIncidentAsync_Counts_RoundTrip(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var counted = incident with { AlertCount = 3, DuplicateCount = 7, Version = incident.Version + 1 };

        Assert.True(await db.Store.WriteAsync(tx => tx.TryUpdateIncidentAsync(counted, default)));

        Assert.Equal(counted, await db.Store.GetIncidentAsync(incident.Id, default));
    }
}

public sealed partial class SqlStoreTransactionTests
{
    [Theory, AllEngines]
    public async Task TryAddRejectedAlertAsync_BeyondTheBound_KeepsTheNewestAndIgnoresARepeat(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var rejections = Enumerable.Range(1, 5)
            .Select(i => new RejectedAlertRecord(Guid.NewGuid(), "siem", i == 3 ? null : "sigma", "unmappable", "$", $"reason {i} ☃", "{\"x\":", 6, TestData.At(i)))
            .ToList();

        var added = new List<bool>();
        foreach (var rejected in rejections)
        {
            added.Add(await db.Store.WriteAsync(tx => tx.TryAddRejectedAlertAsync(rejected, keep: 3, default)));
        }

        var again = await db.Store.WriteAsync(tx => tx.TryAddRejectedAlertAsync(rejections[4], keep: 3, default));

        Assert.All(added, Assert.True);
        Assert.False(again);
        Assert.Equal([rejections[4], rejections[3], rejections[2]], await db.Store.ListRejectedAlertsAsync(10, default));
    }
}
