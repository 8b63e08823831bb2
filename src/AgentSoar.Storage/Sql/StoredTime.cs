namespace AgentSoar.Storage;

/// <summary>
/// Times are stored as UTC ticks (bigint, 100 ns units) on both engines: exact to the last tick that
/// DateTimeOffset holds (PostgreSQL's timestamptz keeps only microseconds, which would make a re-read
/// audit entry hash differently), ordered and compared as plain integers, and identical across engines.
/// </summary>
internal static class StoredTime
{
    public static long Ticks(DateTimeOffset time) => time.UtcTicks;

    public static long? Ticks(DateTimeOffset? time) => time?.UtcTicks;

    public static DateTimeOffset FromTicks(long ticks) => new(ticks, TimeSpan.Zero);
}
