using System.Data;
using System.Data.Common;
using Npgsql;

namespace AgentSoar.Storage;

/// <summary>
/// The production engine. Writes run at READ COMMITTED on purpose: a concurrent "UPDATE ... WHERE version = n"
/// then waits for the other transaction and re-checks the row, so the loser gets "0 rows" (false) rather than
/// a serialization error it would have to retry.
/// </summary>
internal sealed class PostgresCoordinatorStore(string connectionString, TimeProvider time)
    : SqlCoordinatorStore(SqlDialect.PostgreSql, time)
{
    private readonly string connectionString = PostgresConnectionStrings.WithDefaults(connectionString);

    // Any fixed number works; advisory locks are per database, so this only excludes other migrators of it.
    private const long MigrationLockKey = 0x4147_534F_4152_0001; // "AGSOAR" + 1

    public override async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = await BeginWriteAsync(connection, ct);

        // Released at commit or rollback, so a crashed migrator can't leave it held.
        await connection.RunAsync(transaction, "SELECT pg_advisory_xact_lock(@Key)", new { Key = MigrationLockKey }, ct);
        await MigrationRunner.ApplyAsync(connection, transaction, MigrationCatalog.For(Engine), Time.GetUtcNow(), ct);
        await transaction.CommitAsync(ct);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        await ((NpgsqlConnection)connection).BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);

    protected override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        await ((NpgsqlConnection)connection).BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
}
