using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgentSoar.Storage.Tests;

/// <summary>Covers both registration entry points: the host builder (configuration) and the service collection (options).</summary>
public sealed class StorageRegistrationTests : IDisposable
{
    private readonly string contentRoot = Path.Combine(Path.GetTempPath(), "agentsoar-storage-tests", Guid.NewGuid().ToString("N"));

    public StorageRegistrationTests() => Directory.CreateDirectory(contentRoot);

    [Fact]
    public async Task AddAgentSoarStorage_FromConfiguration_MigratesTheDatabaseUnderTheContentRootAtStart()
    {
        using var host = BuildHost(new() { ["AgentSoar:Storage:Provider"] = "sqlite", ["AgentSoar:Storage:DataDirectory"] = "state" });

        await host.StartAsync();
        var store = host.Services.GetRequiredService<ICoordinatorStore>();
        var entry = Assert.Single(await store.WriteAuditAsync(TestData.Audit()));
        await host.StopAsync();

        Assert.Equal(StorageProviders.Sqlite, store.Engine);
        Assert.Equal(1, entry.Sequence);
        Assert.True(File.Exists(Path.Combine(contentRoot, "state", "agentsoar.db")));
    }

    [Fact]
    public async Task AddAgentSoarStorage_InvalidConfiguration_FailsAtStartNamingThePath()
    {
        using var host = BuildHost(new() { ["AgentSoar:Storage:Provider"] = "postgresql" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("AgentSoar:Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAgentSoarStorage_WithOptionsAndMigrateOnStartOff_RegistersTheStoreButLeavesTheSchema()
    {
        var options = new StorageOptions { DataDirectory = Path.Combine(contentRoot, "data"), MigrateOnStart = false };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = contentRoot });
        builder.Services.AddAgentSoarStorage(options);
        using var host = builder.Build();

        await host.StartAsync();
        var store = host.Services.GetRequiredService<ICoordinatorStore>();
        var migrated = await store.PingAsync(default) && await TableExistsAsync(options, "schema_migrations");
        await host.StopAsync();

        Assert.Equal(StorageProviders.Sqlite, store.Engine);
        Assert.False(migrated);
    }

    [Fact]
    public void AddAgentSoarStorage_FromServiceCollectionAndConfiguration_BindsTheSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AgentSoar:Storage:Provider"] = "PostgreSQL",
            ["AgentSoar:Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=nobody",
        }).Build();
        var services = new ServiceCollection().AddAgentSoarStorage(configuration);

        using var provider = services.BuildServiceProvider();

        Assert.Equal(StorageProviders.PostgreSql, provider.GetRequiredService<ICoordinatorStore>().Engine);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(contentRoot, recursive: true);
    }

    private static async Task<bool> TableExistsAsync(StorageOptions options, string table)
    {
        await using var connection = new SqliteConnection(SqliteConnectionStrings.Resolve(options));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", table);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = contentRoot });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddAgentSoarStorage();
        return builder.Build();
    }
}
