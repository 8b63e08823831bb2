using System.Data.Common;

namespace AgentSoar.Storage;

internal static class UserSql
{
    private const string Columns = "id, username, display_name, password_hash, roles_json, disabled, failed_logins, locked_until, created_at, updated_at, version";

    public const string Insert =
        $"INSERT INTO users ({Columns}) VALUES (@Id, @UserName, @DisplayName, @PasswordHash, @RolesJson, @Disabled, @FailedLogins, @LockedUntil, @CreatedAt, @UpdatedAt, @Version)";

    // The first account only while there is none: two Consoles starting at once create one admin, not two.
    public const string InsertIfNone =
        $"INSERT INTO users ({Columns}) SELECT @Id, @UserName, @DisplayName, @PasswordHash, @RolesJson, @Disabled, @FailedLogins, @LockedUntil, @CreatedAt, @UpdatedAt, @Version " +
        "WHERE NOT EXISTS (SELECT 1 FROM users)";

    public const string Update =
        "UPDATE users SET display_name = @DisplayName, password_hash = @PasswordHash, roles_json = @RolesJson, disabled = @Disabled, " +
        "failed_logins = @FailedLogins, locked_until = @LockedUntil, updated_at = @UpdatedAt, version = @Version " +
        "WHERE id = @Id AND version = @Version - 1";

    public const string SelectByName = $"SELECT {Columns} FROM users WHERE username = @UserName";

    public const string SelectAll = $"SELECT {Columns} FROM users ORDER BY username LIMIT @Limit";

    public static object Parameters(UserRecord u, SqlDialect dialect) => new
    {
        Id = dialect.Id(u.Id),
        u.UserName,
        u.DisplayName,
        u.PasswordHash,
        u.RolesJson,
        Disabled = u.Disabled ? 1 : 0,
        u.FailedLogins,
        LockedUntil = u.LockedUntil is { } locked ? StoredTime.Ticks(locked) : (long?)null,
        CreatedAt = StoredTime.Ticks(u.CreatedAt),
        UpdatedAt = StoredTime.Ticks(u.UpdatedAt),
        u.Version,
    };

    public static UserRecord Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetString(3), row.GetString(4), row.GetInt32(5) != 0, row.GetInt32(6),
        row.GetNullableTime(7), row.GetTime(8), row.GetTime(9), row.GetInt64(10));
}
