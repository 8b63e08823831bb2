using System.Data.Common;

namespace AgentSoar.Storage;

internal static class ApiKeySql
{
    private const string Columns =
        "id, name, key_sha256, prefix, roles_json, alert_format, alerts_per_second, alert_burst, created_by, created_at, revoked_by, revoked_at";

    // A taken name is a refusal, not an error: the caller says so to the admin.
    public const string TryInsert =
        $"INSERT INTO api_keys ({Columns}) SELECT @Id, @Name, @KeySha256, @Prefix, @RolesJson, @AlertFormat, @AlertsPerSecond, @AlertBurst, " +
        "@CreatedBy, @CreatedAt, NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM api_keys WHERE name = @Name)";

    // Only a key still in force is revoked: the first revocation is the one on record.
    public const string TryRevoke = "UPDATE api_keys SET revoked_by = @RevokedBy, revoked_at = @RevokedAt WHERE id = @Id AND revoked_at IS NULL";

    public const string SelectById = $"SELECT {Columns} FROM api_keys WHERE id = @Id";

    public const string SelectAll = $"SELECT {Columns} FROM api_keys ORDER BY name LIMIT @Limit";

    public static object Parameters(ApiKeyRecord k, SqlDialect dialect) => new
    {
        Id = dialect.Id(k.Id),
        k.Name,
        k.KeySha256,
        k.Prefix,
        k.RolesJson,
        k.AlertFormat,
        k.AlertsPerSecond,
        k.AlertBurst,
        k.CreatedBy,
        CreatedAt = StoredTime.Ticks(k.CreatedAt),
    };

    public static ApiKeyRecord Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetString(3), row.GetString(4), row.GetNullableString(5),
        row.IsDBNull(6) ? null : row.GetInt32(6), row.IsDBNull(7) ? null : row.GetInt32(7),
        row.GetString(8), row.GetTime(9), row.GetNullableString(10), row.GetNullableTime(11));
}
