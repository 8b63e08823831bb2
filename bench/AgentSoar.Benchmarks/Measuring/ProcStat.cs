using System.Globalization;

namespace AgentSoar.Benchmarks.Measuring;

/// <summary>CPU time and peak memory of a process, read from Linux's /proc.</summary>
internal static class ProcStat
{
    // /proc reports CPU time in USER_HZ ticks, which the kernel fixes at 100 per second for this
    // interface on every architecture .NET runs on (it is not the kernel's internal HZ).
    private const double MicrosecondsPerTick = 1_000_000.0 / 100;

    /// <summary>User plus system CPU time of <paramref name="pid"/> ("self" for this process) in microseconds, or null when unreadable.</summary>
    public static double? CpuMicroseconds(string pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var utime = long.Parse(fields[11], CultureInfo.InvariantCulture); // field 14
            var stime = long.Parse(fields[12], CultureInfo.InvariantCulture); // field 15
            return (utime + stime) * MicrosecondsPerTick;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The process's peak resident set (VmHWM) in bytes, or null when unreadable.</summary>
    public static long? PeakRssBytes(int pid) => StatusKilobytes(pid, "VmHWM:") * 1024;

    /// <summary>The executable name of a process (its comm), or null.</summary>
    public static string? Name(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long? StatusKilobytes(int pid, string key)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
