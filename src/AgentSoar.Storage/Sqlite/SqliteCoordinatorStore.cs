using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AgentSoar.Storage;

/// <summary>
/// The embedded engine. Every write transaction is BEGIN IMMEDIATE: it takes SQLite's single write lock at
/// the start, so optimistic version checks and audit appends of concurrent writers (threads or processes)
/// run one after the other instead of failing half way with SQLITE_BUSY when a reader tries to upgrade.
/// WAL mode lets readers go on meanwhile.
/// </summary>
internal sealed class SqliteCoordinatorStore(string connectionString, TimeSpan busyTimeout, TimeProvider time)
    : SqlCoordinatorStore(SqlDialect.Sqlite, time)
{
    private readonly string busyTimeoutPragma =
        $"PRAGMA busy_timeout = {((long)busyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)};";

    public override async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);

        // Persistent in the file, and it can't change inside a transaction: set it before migrating.
        await connection.RunAsync(null, "PRAGMA journal_mode = WAL;", null, ct);
        await using var transaction = await BeginWriteAsync(connection, ct);
        await MigrationRunner.ApplyAsync(connection, transaction, MigrationCatalog.For(Engine), Time.GetUtcNow(), ct);
        await transaction.CommitAsync(ct);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await connection.RunAsync(null, busyTimeoutPragma, null, ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    // A deferred transaction takes its WAL snapshot at the first read and keeps it to the end.
    protected override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));
}
