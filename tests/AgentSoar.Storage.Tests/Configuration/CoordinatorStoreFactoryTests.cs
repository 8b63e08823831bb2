using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AgentSoar.Storage.Tests;

public sealed class CoordinatorStoreFactoryTests
{
    [Fact]
    public void Create_Postgres_ReturnsThePostgresEngineWithoutConnecting()
    {
        var store = CoordinatorStoreFactory.Create(new StorageOptions
        {
            Provider = "postgresql",
            ConnectionString = "Host=127.0.0.1;Port=1;Username=nobody",
        });

        Assert.Equal(StorageProviders.PostgreSql, store.Engine);
    }

    [Fact]
    public async Task Create_SqliteWithoutConnectionString_PutsTheDatabaseInTheDataDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "agentsoar-storage-tests", Guid.NewGuid().ToString("N"), "data");
        var options = new StorageOptions { DataDirectory = directory };
        try
        {
            var store = CoordinatorStoreFactory.Create(options);
            await store.MigrateAsync(default);

            Assert.Equal(StorageProviders.Sqlite, store.Engine);
            Assert.True(File.Exists(Path.Combine(directory, "agentsoar.db")));
        }
        finally
        {
            SqliteConnection.ClearPool(new SqliteConnection(SqliteConnectionStrings.Resolve(options)));
            Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);
        }
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsNamingTheConfigurationPath()
    {
        var error = Assert.Throws<OptionsValidationException>(() => CoordinatorStoreFactory.Create(new StorageOptions { Provider = "mysql" }));

        Assert.Contains("AgentSoar:Storage:Provider", error.Message, StringComparison.Ordinal);
    }
}
