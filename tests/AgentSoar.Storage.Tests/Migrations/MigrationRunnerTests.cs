namespace AgentSoar.Storage.Tests;

public sealed class MigrationRunnerTests
{
    [Theory, AllEngines]
    public async Task MigrateAsync_RunTwice_AppliesEachVersionOnceAndKeepsData(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, migrate: false);
        var known = MigrationCatalog.For(engine).Select(s => s.Version).ToList();

        await db.Store.MigrateAsync(default);
        var incident = await db.Store.SeedIncidentAsync();
        await db.Store.MigrateAsync(default);

        Assert.Equal(known, await db.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version"));
        Assert.Equal(incident, await db.Store.GetIncidentAsync(incident.Id, default));
    }

    [Theory, AllEngines]
    public async Task MigrateAsync_SeveralProcessesAtOnce_AllSucceedAndRecordEachVersionOnce(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, migrate: false);
        var stores = Enumerable.Range(0, 3).Select(_ => db.NewStore()).ToList();

        await Task.WhenAll(stores.Select(store => Task.Run(() => store.MigrateAsync(default))));

        var versions = await db.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version");
        Assert.Equal(MigrationCatalog.For(engine).Select(s => s.Version), versions);
        Assert.Equal(1, Assert.Single(await db.Store.WriteAuditAsync(TestData.Audit())).Sequence);
    }

    [Theory, AllEngines]
    public async Task MigrateAsync_StampsAppliedAtFromTheInjectedClock(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        var appliedAt = await db.ScalarAsync<long>("SELECT applied_at FROM schema_migrations WHERE version = 1");

        Assert.Equal(TestDatabase.ClockTime.UtcTicks, appliedAt);
    }

    [Theory, AllEngines]
    public async Task MigrateAsync_DatabaseNewerThanThisBuild_RefusesWithTheVersion(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await db.ExecuteAsync("INSERT INTO schema_migrations (version, applied_at) VALUES (999, 0)");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Store.MigrateAsync(default));

        Assert.Contains("999", error.Message, StringComparison.Ordinal);
    }
}
