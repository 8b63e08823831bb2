namespace AgentSoar.Storage.Tests;

public sealed partial class SqlCoordinatorStoreTests
{
    [Theory, AllEngines]
    public async Task PingAsync_ReachableDatabase_ReturnsTrue(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        Assert.True(await db.Store.PingAsync(default));
    }

    [Theory, AllEngines]
    public async Task PingAsync_UnreachableDatabase_ReturnsFalse(string engine)
    {
        // A file can't be a directory, and nothing listens on port 1: both fail fast.
        var blocker = Path.GetTempFileName();
        try
        {
            var options = engine == StorageProviders.Sqlite
                ? new StorageOptions { ConnectionString = $"Data Source={Path.Combine(blocker, "x.db")}" }
                : new StorageOptions
                {
                    Provider = StorageProviders.PostgreSql,
                    ConnectionString = "Host=127.0.0.1;Port=1;Username=agentsoar;Timeout=3",
                };
            var store = CoordinatorStoreFactory.Create(options);

            Assert.False(await store.PingAsync(default));
        }
        finally
        {
            File.Delete(blocker);
        }
    }
}
