using System.Data.Common;

namespace AgentSoar.Storage;

internal static class IncidentKeySql
{
    public const string Upsert =
        "INSERT INTO incident_keys (incident_id, kind, value, last_seen_at) VALUES (@IncidentId, @Kind, @Value, @LastSeenAt) " +
        "ON CONFLICT (kind, value, incident_id) DO UPDATE SET last_seen_at = " +
        "CASE WHEN excluded.last_seen_at > incident_keys.last_seen_at THEN excluded.last_seen_at ELSE incident_keys.last_seen_at END";

    // Only open incidents: a closed incident takes no more alerts.
    public const string SelectOpenSince =
        "SELECT k.incident_id, k.kind, k.value, k.last_seen_at FROM incident_keys k " +
        "JOIN incidents i ON i.id = k.incident_id " +
        "WHERE k.kind = @Kind AND k.value = @Value AND k.last_seen_at >= @Since AND i.status = 'open' " +
        "ORDER BY k.last_seen_at DESC, k.incident_id LIMIT 20";

    public static IncidentKeyMatch Read(DbDataReader row) =>
        new(row.GetGuid(0), new IncidentKey(row.GetString(1), row.GetString(2)), row.GetTime(3));
}
