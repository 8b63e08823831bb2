using System.Data.Common;

namespace AgentSoar.Storage;

/// <summary>Reads the stored representations back; GetGuid parses SQLite's text and reads PostgreSQL's uuid.</summary>
internal static class DataReaderExtensions
{
    public static DateTimeOffset GetTime(this DbDataReader reader, int ordinal) =>
        StoredTime.FromTicks(reader.GetInt64(ordinal));

    public static DateTimeOffset? GetNullableTime(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetTime(ordinal);

    public static Guid? GetNullableGuid(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
