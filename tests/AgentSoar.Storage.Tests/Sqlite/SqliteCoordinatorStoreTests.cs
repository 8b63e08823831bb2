using Microsoft.Data.Sqlite;

namespace AgentSoar.Storage.Tests;

/// <summary>What only the embedded engine has to prove: its journal mode, its write lock, its id format.</summary>
public sealed class SqliteCoordinatorStoreTests
{
    [Fact]
    public async Task MigrateAsync_NewFile_SwitchesToWriteAheadLog()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProviders.Sqlite);

        Assert.Equal("wal", await db.ScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task BeginAsync_WhileAnotherWriterIsOpen_WaitsUntilItEnds()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProviders.Sqlite);
        var first = await db.Store.BeginAsync(default);

        var second = Task.Run(() => db.NewStore().BeginAsync(default));
        await Task.Delay(300);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await using var acquired = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(acquired);
    }

    [Fact]
    public async Task BeginAsync_WriterHeldLongerThanTheBusyTimeout_FailsWithBusy()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProviders.Sqlite);
        var impatient = new StorageOptions { ConnectionString = db.Options.ConnectionString, SqliteBusyTimeout = TimeSpan.FromSeconds(1) };
        await using var holder = await db.Store.BeginAsync(default);

        var error = await Assert.ThrowsAsync<SqliteException>(() => Task.Run(() => CoordinatorStoreFactory.Create(impatient).BeginAsync(default)));

        Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY
        SqliteConnection.ClearPool(new SqliteConnection(SqliteConnectionStrings.Resolve(impatient)));
    }

    [Fact]
    public async Task InsertIncidentAsync_StoresIdsAsLowercaseText()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProviders.Sqlite);
        var incident = await db.Store.SeedIncidentAsync();

        var stored = await db.ScalarAsync<string>("SELECT typeof(id) || ':' || id FROM incidents");

        Assert.Equal("text:" + incident.Id.ToString("D"), stored);
    }
}
