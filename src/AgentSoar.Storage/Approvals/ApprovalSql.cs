using System.Data.Common;

namespace AgentSoar.Storage;

internal static class ApprovalSql
{
    private const string Columns =
        "id, run_id, incident_id, step_id, action_hash, status, request_json, decisions_json, created_at, expires_at, decided_at, version";

    public const string Insert =
        $"INSERT INTO approvals ({Columns}) VALUES " +
        "(@Id, @RunId, @IncidentId, @StepId, @ActionHash, @Status, @RequestJson, @DecisionsJson, @CreatedAt, @ExpiresAt, @DecidedAt, @Version)";

    // What the approval is bound to (run, step, action hash, request) is deliberately not updatable.
    public const string Update =
        "UPDATE approvals SET status = @Status, decisions_json = @DecisionsJson, expires_at = @ExpiresAt, decided_at = @DecidedAt, " +
        "version = @Version WHERE id = @Id AND version = @Version - 1";

    public const string SelectById = $"SELECT {Columns} FROM approvals WHERE id = @Id";

    public const string SelectNewest = $"SELECT {Columns} FROM approvals ORDER BY created_at DESC, id DESC LIMIT @Limit";

    public const string SelectNewestWithStatus =
        $"SELECT {Columns} FROM approvals WHERE status = @Status ORDER BY created_at DESC, id DESC LIMIT @Limit";

    /// <summary>Oldest first: the console numbers an incident's approvals in this order (<c>/approve 2</c>).</summary>
    public const string SelectForIncident =
        $"SELECT {Columns} FROM approvals WHERE incident_id = @IncidentId ORDER BY created_at, id LIMIT @Limit";

    public static object Parameters(ApprovalRecord approval, SqlDialect dialect) => new
    {
        Id = dialect.Id(approval.Id),
        RunId = dialect.Id(approval.RunId),
        IncidentId = dialect.Id(approval.IncidentId),
        approval.StepId,
        approval.ActionHash,
        approval.Status,
        approval.RequestJson,
        approval.DecisionsJson,
        CreatedAt = StoredTime.Ticks(approval.CreatedAt),
        ExpiresAt = StoredTime.Ticks(approval.ExpiresAt),
        DecidedAt = StoredTime.Ticks(approval.DecidedAt),
        approval.Version,
    };

    public static ApprovalRecord Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetGuid(1), row.GetGuid(2), row.GetString(3), row.GetString(4), row.GetString(5), row.GetString(6),
        row.GetString(7), row.GetTime(8), row.GetTime(9), row.GetNullableTime(10), row.GetInt64(11));
}
