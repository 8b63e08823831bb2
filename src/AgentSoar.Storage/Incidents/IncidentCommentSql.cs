using System.Data.Common;

namespace AgentSoar.Storage;

internal static class IncidentCommentSql
{
    private const string Columns = "id, incident_id, author, body, created_at";

    public const string Insert = $"INSERT INTO incident_comments ({Columns}) VALUES (@Id, @IncidentId, @Author, @Body, @CreatedAt)";

    public const string SelectByIncident = $"SELECT {Columns} FROM incident_comments WHERE incident_id = @IncidentId ORDER BY created_at, id";

    public static object Parameters(IncidentCommentRecord comment, SqlDialect dialect) => new
    {
        Id = dialect.Id(comment.Id),
        IncidentId = dialect.Id(comment.IncidentId),
        comment.Author,
        comment.Body,
        CreatedAt = StoredTime.Ticks(comment.CreatedAt),
    };

    public static IncidentCommentRecord Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetGuid(1), row.GetString(2), row.GetString(3), row.GetTime(4));
}
