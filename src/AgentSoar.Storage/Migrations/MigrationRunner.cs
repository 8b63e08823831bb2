using System.Data.Common;

namespace AgentSoar.Storage;

/// <summary>
/// Applies the pending scripts inside the caller's transaction, which already excludes other migrators
/// (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock). Both engines have transactional DDL, so a
/// failing script leaves the schema as it was.
/// </summary>
internal static class MigrationRunner
{
    private const string CreateTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer NOT NULL PRIMARY KEY, applied_at bigint NOT NULL)";

    private const string SelectApplied = "SELECT version FROM schema_migrations";

    private const string Record = "INSERT INTO schema_migrations (version, applied_at) VALUES (@Version, @AppliedAt)";

    public static async Task<IReadOnlyList<int>> ApplyAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<MigrationScript> scripts, DateTimeOffset now, CancellationToken ct)
    {
        await connection.RunAsync(transaction, CreateTable, null, ct);
        var applied = (await connection.ListAsync(transaction, SelectApplied, null, row => row.GetInt32(0), ct)).ToHashSet();

        var latestKnown = scripts[^1].Version;
        if (applied.Count > 0 && applied.Max() > latestKnown)
        {
            throw new InvalidOperationException(
                $"The database schema is at version {applied.Max()}, newer than this build knows ({latestKnown}). Run a matching or newer AgentSoar.");
        }

        var done = new List<int>();
        foreach (var script in scripts.Where(s => !applied.Contains(s.Version)))
        {
            await connection.RunAsync(transaction, script.Sql, null, ct);
            await connection.RunAsync(transaction, Record, new { script.Version, AppliedAt = StoredTime.Ticks(now) }, ct);
            done.Add(script.Version);
        }

        return done;
    }
}
