using AgentSoar.Benchmarks.Pipeline;
using Npgsql;

namespace AgentSoar.Benchmarks.Distributed;

/// <summary>
/// Reads the Coordinator's PostgreSQL database (the benchmark created it and owns it): following and
/// counting runs there sends nothing over the broker, where the API's reads would (they go over the bus),
/// and counts any number of alerts, where <c>GET /runs</c> lists at most 500.
/// </summary>
internal sealed class PipelineStore(string connectionString)
{
    private static readonly string[] Finished = ["succeeded", "failed", "denied", "cancelled", "timed_out", "rolled_back"];

    /// <summary>How many runs created at or after <paramref name="since"/> have finished, and when the last of them was updated.</summary>
    public async Task<(int Count, DateTimeOffset? LastUpdated)> FinishedSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT count(*), max(updated_at) FROM runs WHERE created_at >= @since AND status = ANY(@finished)", connection);
        command.Parameters.AddWithValue("since", since.UtcTicks);
        command.Parameters.AddWithValue("finished", Finished);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return ((int)reader.GetInt64(0), reader.IsDBNull(1) ? null : new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero));
    }

    /// <summary>
    /// Alert by alert: recorded, its own incident (no other alert in it), exactly one run there, which
    /// succeeded; and, for the runs that did, when their step <paramref name="stepId"/> finished.
    /// </summary>
    public async Task<(PipelineCounts Counts, Dictionary<string, DateTimeOffset> StepFinished)> CheckAsync(IReadOnlyList<string> alertIds, string stepId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            SELECT a.id, a.incident_id, a.duplicate_of IS NOT NULL,
                   (SELECT count(*) FROM alerts o WHERE o.incident_id = a.incident_id),
                   (SELECT count(*) FROM runs r WHERE r.incident_id = a.incident_id AND r.status = 'succeeded'),
                   (SELECT count(*) FROM runs r WHERE r.incident_id = a.incident_id AND r.status <> 'succeeded'),
                   (SELECT s ->> 'finished_at' FROM runs r, jsonb_array_elements(r.state_json::jsonb -> 'steps') s
                     WHERE r.incident_id = a.incident_id AND s ->> 'id' = @step LIMIT 1)
            FROM alerts a WHERE a.id = ANY(@ids)
            """,
            connection);
        command.Parameters.AddWithValue("ids", alertIds.Select(Guid.Parse).ToArray());
        command.Parameters.AddWithValue("step", stepId);
        command.CommandTimeout = 300;
        var problems = new List<string>();
        var steps = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        var incidents = new HashSet<Guid>();
        int succeeded = 0, other = 0, recorded = 0;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                recorded++;
                var alert = reader.GetGuid(0).ToString();
                var incident = reader.GetGuid(1);
                var (duplicate, alertsThere, ok, notOk) = (reader.GetBoolean(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
                succeeded += (int)ok;
                other += (int)notOk;
                if (duplicate || alertsThere != 1 || !incidents.Add(incident))
                {
                    problems.Add($"alert {alert}: {(duplicate ? "folded in as a duplicate" : "shares incident " + incident)}");
                }
                else if (ok != 1 || notOk != 0)
                {
                    problems.Add($"alert {alert}: {ok} succeeded and {notOk} other runs");
                }
                else if (!reader.IsDBNull(6))
                {
                    steps[alert] = DateTimeOffset.Parse(reader.GetString(6), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        if (recorded < alertIds.Count)
        {
            problems.Add($"{alertIds.Count - recorded} accepted alerts not recorded");
        }

        var exact = problems.Count == 0 && recorded == alertIds.Count && succeeded == alertIds.Count && other == 0;
        return (new PipelineCounts(alertIds.Count, alertIds.Count, incidents.Count, succeeded, other, exact, problems.Take(20).ToList()), steps);
    }

    /// <summary>
    /// When the Coordinator dispatched each alert's action (the <c>action_dispatched</c> entry of the audit
    /// trail, written in the transaction that queues the ExecuteAction message), by its clock.
    /// </summary>
    public async Task<Dictionary<string, DateTimeOffset>> DispatchedAtAsync(IReadOnlyList<string> alertIds, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            SELECT a.id, max(e.occurred_at) FROM alerts a JOIN runs r ON r.incident_id = a.incident_id
            JOIN audit_entries e ON e.run_id = r.id AND e.kind = 'action_dispatched'
            WHERE a.id = ANY(@ids) GROUP BY a.id
            """,
            connection);
        command.Parameters.AddWithValue("ids", alertIds.Select(Guid.Parse).ToArray());
        var dispatched = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            dispatched[reader.GetGuid(0).ToString()] = new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero);
        }

        return dispatched;
    }

    /// <summary>
    /// The database's own counters (pg_stat_database): transactions committed and rows written. PostgreSQL
    /// publishes a busy connection's counts about once a second and an idle one's within ten, so a reading
    /// taken more than ten seconds after the work stopped has all of it.
    /// </summary>
    public async Task<DatabaseCount> ReadStatsAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        DatabaseCount total;
        await using (var command = new NpgsqlCommand(
            "SELECT xact_commit, tup_inserted, tup_updated, tup_deleted FROM pg_stat_database WHERE datname = current_database()", connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            total = new DatabaseCount(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), new Dictionary<string, long>(StringComparer.Ordinal));
        }

        await using (var command = new NpgsqlCommand("SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables", connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                total.WritesByTable[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        return total;
    }

    /// <summary>The approvals waiting for a decision, with the hash they were asked for and the alert whose incident asks.</summary>
    public async Task<IReadOnlyList<PendingApproval>> PendingApprovalsAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT p.id, p.action_hash, a.id FROM approvals p JOIN alerts a ON a.incident_id = p.incident_id WHERE lower(p.status) = 'pending'", connection);
        var pending = new List<PendingApproval>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            pending.Add(new PendingApproval(reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2).ToString()));
        }

        return pending;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }
}

/// <summary>One reading of the database's counters (and the rows written to each table), or the difference of two.</summary>
internal sealed record DatabaseCount(long Commits, long Inserted, long Updated, long Deleted, Dictionary<string, long> WritesByTable)
{
    public static DatabaseCount operator -(DatabaseCount after, DatabaseCount before) =>
        new(after.Commits - before.Commits, after.Inserted - before.Inserted, after.Updated - before.Updated, after.Deleted - before.Deleted,
            after.WritesByTable.ToDictionary(t => t.Key, t => t.Value - before.WritesByTable.GetValueOrDefault(t.Key), StringComparer.Ordinal));
}

internal sealed record PendingApproval(Guid Id, string ActionHash, string AlertId);
