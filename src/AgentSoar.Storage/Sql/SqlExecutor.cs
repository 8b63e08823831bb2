using System.Data.Common;
using Dapper;

namespace AgentSoar.Storage;

/// <summary>
/// Dapper binds the parameters; rows are mapped by hand from a fixed column order because the stored
/// shapes (ticks, text ids) differ from the records' types and Dapper's conversions would need
/// process-wide type handlers.
/// </summary>
internal static class SqlExecutor
{
    private const int MaxBatch = 100;

    public static Task<int> RunAsync(this DbConnection connection, DbTransaction? transaction, string sql, object? parameters, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct));

    /// <summary>
    /// Runs the statements in order, in one round trip where the provider batches (Npgsql); one by one through
    /// Dapper where it does not (SQLite, in process, where a round trip costs nothing).
    /// </summary>
    public static async Task RunBatchAsync(this DbConnection connection, DbTransaction transaction, IReadOnlyList<SqlStatement> statements, CancellationToken ct)
    {
        if (statements.Count == 0)
        {
            return;
        }

        if (!connection.CanCreateBatch)
        {
            foreach (var statement in statements)
            {
                await connection.RunAsync(transaction, statement.Sql, statement.Parameters, ct);
            }

            return;
        }

        // Bounded batches: the server's answers to a very long one could fill the socket while it is still being sent.
        foreach (var chunk in statements.Chunk(MaxBatch))
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            foreach (var statement in chunk)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = statement.Sql;
                statement.BindTo(command);
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(ct);
        }
    }

    public static async Task<List<T>> ListAsync<T>(
        this DbConnection connection, DbTransaction? transaction, string sql, object? parameters, Func<DbDataReader, T> map, CancellationToken ct)
    {
        var rows = new List<T>();
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct));
        while (await reader.ReadAsync(ct))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static async Task<T?> FirstOrDefaultAsync<T>(
        this DbConnection connection, DbTransaction? transaction, string sql, object? parameters, Func<DbDataReader, T> map, CancellationToken ct)
        where T : class
    {
        var rows = await connection.ListAsync(transaction, sql, parameters, map, ct);
        return rows.Count > 0 ? rows[0] : null;
    }
}
