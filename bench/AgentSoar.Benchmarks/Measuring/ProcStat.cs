using System.Globalization;

namespace AgentSoar.Benchmarks.Measuring;

/// <summary>CPU time and peak memory of a process, read from Linux's /proc.</summary>
internal static class ProcStat
{
    // /proc reports CPU time in USER_HZ ticks, which the kernel fixes at 100 per second for this
    // interface on every architecture .NET runs on (it is not the kernel's internal HZ).
    private const double MicrosecondsPerTick = 1_000_000.0 / 100;

    /// <summary>User plus system CPU time of <paramref name="pid"/> ("self" for this process) in microseconds, or null when unreadable.</summary>
    public static double? CpuMicroseconds(string pid, bool withReapedChildren = false)
    {
        var fields = Fields(pid);
        if (fields is null)
        {
            return null;
        }

        // Fields 14 and 15 (utime, stime); 16 and 17 (cutime, cstime) hold what its ended, waited-for children spent.
        var ticks = Tick(fields, 11) + Tick(fields, 12) + (withReapedChildren ? Tick(fields, 13) + Tick(fields, 14) : 0);
        return ticks * MicrosecondsPerTick;
    }

    /// <summary>The processes whose parent is <paramref name="parent"/> (a server's workers: PostgreSQL's backends).</summary>
    public static IReadOnlyList<int> Children(int parent)
    {
        var children = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Fields(pid.ToString(CultureInfo.InvariantCulture)) is { } fields
                && fields[1] == parent.ToString(CultureInfo.InvariantCulture))
            {
                children.Add(pid);
            }
        }

        return children;
    }

    /// <summary>The fields of /proc/PID/stat after the command name (index 0 is field 3, the state), or null when unreadable.</summary>
    private static string[]? Fields(string pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Tick(string[] fields, int index) =>
        index < fields.Length && long.TryParse(fields[index], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? ticks : 0;

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
