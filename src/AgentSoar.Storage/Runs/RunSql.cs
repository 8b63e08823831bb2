using System.Data.Common;

namespace AgentSoar.Storage;

internal static class RunSql
{
    private const string Columns =
        "id, incident_id, playbook_id, playbook_version, playbook_hash, status, state_json, wake_at, created_at, updated_at, version";

    public const string Insert =
        $"INSERT INTO runs ({Columns}) VALUES " +
        "(@Id, @IncidentId, @PlaybookId, @PlaybookVersion, @PlaybookHash, @Status, @StateJson, @WakeAt, @CreatedAt, @UpdatedAt, @Version)";

    public const string Update =
        "UPDATE runs SET status = @Status, state_json = @StateJson, wake_at = @WakeAt, updated_at = @UpdatedAt, version = @Version " +
        "WHERE id = @Id AND version = @Version - 1";

    public const string SelectById = $"SELECT {Columns} FROM runs WHERE id = @Id";

    public const string SelectNewest = $"SELECT {Columns} FROM runs ORDER BY created_at DESC, id DESC LIMIT @Limit";

    public const string SelectNewestForIncident =
        $"SELECT {Columns} FROM runs WHERE incident_id = @IncidentId ORDER BY created_at DESC, id DESC LIMIT @Limit";

    public const string SelectDue =
        $"SELECT {Columns} FROM runs WHERE wake_at IS NOT NULL AND wake_at <= @Now ORDER BY wake_at, id LIMIT @Limit";

    public static object Parameters(RunRecord run, SqlDialect dialect) => new
    {
        Id = dialect.Id(run.Id),
        IncidentId = dialect.Id(run.IncidentId),
        run.PlaybookId,
        run.PlaybookVersion,
        run.PlaybookHash,
        run.Status,
        run.StateJson,
        WakeAt = StoredTime.Ticks(run.WakeAt),
        CreatedAt = StoredTime.Ticks(run.CreatedAt),
        UpdatedAt = StoredTime.Ticks(run.UpdatedAt),
        run.Version,
    };

    public static RunRecord Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetGuid(1), row.GetString(2), row.GetInt32(3), row.GetString(4), row.GetString(5), row.GetString(6),
        row.GetNullableTime(7), row.GetTime(8), row.GetTime(9), row.GetInt64(10));
}
