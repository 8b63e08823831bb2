using System.Data.Common;

namespace AgentSoar.Storage;

internal static class AlertSql
{
    private const string Columns = "id, incident_id, source, finding_json, received_at, fingerprint, duplicate_of";

    // The conflict target is the id only: a missing incident (foreign key) still fails loudly.
    public const string TryInsert =
        $"INSERT INTO alerts ({Columns}) VALUES (@Id, @IncidentId, @Source, @FindingJson, @ReceivedAt, @Fingerprint, @DuplicateOf) ON CONFLICT (id) DO NOTHING";

    public const string SelectById = $"SELECT {Columns} FROM alerts WHERE id = @Id";

    // Only alerts of open incidents: a repeat of an alert whose incident was closed is news again.
    public const string SelectNewestByFingerprint =
        "SELECT a.id, a.incident_id, a.source, a.finding_json, a.received_at, a.fingerprint, a.duplicate_of FROM alerts a " +
        "JOIN incidents i ON i.id = a.incident_id " +
        "WHERE a.fingerprint = @Fingerprint AND a.received_at >= @Since AND i.status = 'open' " +
        "ORDER BY a.received_at DESC, a.id DESC LIMIT 1";

    public const string SelectByIncident = $"SELECT {Columns} FROM alerts WHERE incident_id = @IncidentId ORDER BY received_at, id";

    public static object Parameters(AlertRecord alert, SqlDialect dialect) => new
    {
        Id = dialect.Id(alert.Id),
        IncidentId = dialect.Id(alert.IncidentId),
        alert.Source,
        alert.FindingJson,
        ReceivedAt = StoredTime.Ticks(alert.ReceivedAt),
        alert.Fingerprint,
        DuplicateOf = dialect.Id(alert.DuplicateOf),
    };

    public static AlertRecord Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetGuid(1), row.GetString(2), row.GetString(3), row.GetTime(4))
    {
        Fingerprint = row.GetNullableString(5),
        DuplicateOf = row.GetNullableGuid(6),
    };
}
