using System.Data.Common;

namespace AgentSoar.Storage;

internal static class IncidentSql
{
    private const string Columns = "id, title, severity_id, status, created_at, updated_at, version, assignee, tags_json, closed_at, resolution, alert_count, duplicate_count";

    public const string Insert =
        $"INSERT INTO incidents ({Columns}) VALUES (@Id, @Title, @SeverityId, @Status, @CreatedAt, @UpdatedAt, @Version, @Assignee, @TagsJson, @ClosedAt, @Resolution, @AlertCount, @DuplicateCount)";

    public const string Update =
        "UPDATE incidents SET title = @Title, severity_id = @SeverityId, status = @Status, updated_at = @UpdatedAt, version = @Version, " +
        "assignee = @Assignee, tags_json = @TagsJson, closed_at = @ClosedAt, resolution = @Resolution, " +
        "alert_count = @AlertCount, duplicate_count = @DuplicateCount " +
        "WHERE id = @Id AND version = @Version - 1";

    public const string SelectById = $"SELECT {Columns} FROM incidents WHERE id = @Id";

    public const string SelectNewest = $"SELECT {Columns} FROM incidents ORDER BY created_at DESC, id DESC LIMIT @Limit";

    public static object Parameters(IncidentRecord incident, SqlDialect dialect) => new
    {
        Id = dialect.Id(incident.Id),
        incident.Title,
        incident.SeverityId,
        incident.Status,
        CreatedAt = StoredTime.Ticks(incident.CreatedAt),
        UpdatedAt = StoredTime.Ticks(incident.UpdatedAt),
        incident.Version,
        incident.Assignee,
        incident.TagsJson,
        ClosedAt = incident.ClosedAt is { } closed ? StoredTime.Ticks(closed) : (long?)null,
        incident.Resolution,
        incident.AlertCount,
        incident.DuplicateCount,
    };

    public static IncidentRecord Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetString(1), row.GetInt32(2), row.GetString(3), row.GetTime(4), row.GetTime(5), row.GetInt64(6))
    {
        Assignee = row.GetNullableString(7),
        TagsJson = row.GetString(8),
        ClosedAt = row.GetNullableTime(9),
        Resolution = row.GetNullableString(10),
        AlertCount = row.GetInt32(11),
        DuplicateCount = row.GetInt32(12),
    };
}
