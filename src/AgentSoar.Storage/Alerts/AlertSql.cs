using System.Data.Common;

namespace AgentSoar.Storage;

internal static class AlertSql
{
    private const string Columns = "id, incident_id, source, finding_json, received_at";

    // The conflict target is the id only: a missing incident (foreign key) still fails loudly.
    public const string TryInsert =
        $"INSERT INTO alerts ({Columns}) VALUES (@Id, @IncidentId, @Source, @FindingJson, @ReceivedAt) ON CONFLICT (id) DO NOTHING";

    public const string SelectById = $"SELECT {Columns} FROM alerts WHERE id = @Id";

    public const string SelectByIncident = $"SELECT {Columns} FROM alerts WHERE incident_id = @IncidentId ORDER BY received_at, id";

    public static object Parameters(AlertRecord alert, SqlDialect dialect) => new
    {
        Id = dialect.Id(alert.Id),
        IncidentId = dialect.Id(alert.IncidentId),
        alert.Source,
        alert.FindingJson,
        ReceivedAt = StoredTime.Ticks(alert.ReceivedAt),
    };

    public static AlertRecord Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetGuid(1), row.GetString(2), row.GetString(3), row.GetTime(4));
}
