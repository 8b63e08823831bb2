using Npgsql;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>The Coordinator's audit trail read straight from its database: what the engine recorded, once per thing it did.</summary>
public static class FaultAudit
{
    /// <summary>How many incidents intake has recorded so far.</summary>
    public static async Task<long> CountIncidentsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM incidents", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>How many entries of <paramref name="kind"/> (<c>action_dispatched</c>, <c>action_succeeded</c>...) each run has.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountPerRunAsync(string connectionString, string kind)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT run_id, count(*) FROM audit_entries WHERE kind = @kind AND run_id IS NOT NULL GROUP BY run_id", connection);
        command.Parameters.AddWithValue("kind", kind);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetGuid(0).ToString()] = (int)reader.GetInt64(1);
        }

        return counts;
    }
}
