using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AgentSoar.Storage.Tests;

/// <summary>
/// A fresh database per test: a temporary SQLite file, or a PostgreSQL database with a random name on the
/// server named by AGENTSOAR_TEST_POSTGRES. Dropped afterwards.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "AGENTSOAR_TEST_POSTGRES";

    private readonly string? adminConnectionString;
    private readonly string? databaseName;

    private TestDatabase(string engine, StorageOptions options, string? adminConnectionString, string? databaseName)
    {
        Engine = engine;
        Options = options;
        this.adminConnectionString = adminConnectionString;
        this.databaseName = databaseName;
        Store = NewStore();
    }

    public static DateTimeOffset ClockTime { get; } = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public string Engine { get; }

    public StorageOptions Options { get; }

    public ICoordinatorStore Store { get; }

    public static async Task<TestDatabase> CreateAsync(string engine, bool migrate = true)
    {
        var database = engine == StorageProviders.Sqlite ? CreateSqlite() : await CreatePostgresAsync();
        if (migrate)
        {
            await database.Store.MigrateAsync(default);
        }

        return database;
    }

    public static string RequirePostgresConnectionString() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. The PostgreSQL tests are not optional: the test script starts PostgreSQL and sets it, " +
                "for example Host=127.0.0.1;Port=55432;Username=agentsoar;Database=postgres.");

    /// <summary>Another store on the same database, as a second process would have.</summary>
    public ICoordinatorStore NewStore() => CoordinatorStoreFactory.Create(Options, new FixedTimeProvider(ClockTime));

    /// <summary>The parameter value for an id in raw SQL (text on SQLite, uuid on PostgreSQL).</summary>
    public object Id(Guid id) => Engine == StorageProviders.Sqlite ? id.ToString("D") : id;

    public async Task<int> ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public async Task<List<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync();
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    /// <summary>Removes the append-only guard, as an attacker with owner rights could.</summary>
    public Task<int> DropAuditGuardAsync() => ExecuteAsync(Engine == StorageProviders.Sqlite
        ? "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;"
        : "ALTER TABLE audit_entries DISABLE TRIGGER USER;");

    public async ValueTask DisposeAsync()
    {
        if (Engine == StorageProviders.Sqlite)
        {
            SqliteConnection.ClearPool(new SqliteConnection(SqliteConnectionStrings.Resolve(Options)));
            var path = new SqliteConnectionStringBuilder(Options.ConnectionString).DataSource;
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return;
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(Options.ConnectionString));
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)");
    }

    private static TestDatabase CreateSqlite()
    {
        var directory = Path.Combine(Path.GetTempPath(), "agentsoar-storage-tests");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{Guid.NewGuid():N}.db");
        var options = new StorageOptions { Provider = StorageProviders.Sqlite, ConnectionString = $"Data Source={path}" };
        return new TestDatabase(StorageProviders.Sqlite, options, null, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = RequirePostgresConnectionString();
        var name = $"agentsoar_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        var options = new StorageOptions { Provider = StorageProviders.PostgreSql, ConnectionString = builder.ToString() };
        return new TestDatabase(StorageProviders.PostgreSql, options, admin, name);
    }

    private async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Engine == StorageProviders.Sqlite
            ? new SqliteConnection(SqliteConnectionStrings.Resolve(Options))
            : new NpgsqlConnection(Options.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
