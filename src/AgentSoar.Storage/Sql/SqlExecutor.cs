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
    public static Task<int> RunAsync(this DbConnection connection, DbTransaction? transaction, string sql, object? parameters, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct));

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
