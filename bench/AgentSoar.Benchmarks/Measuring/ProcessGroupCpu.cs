using System.Globalization;

namespace AgentSoar.Benchmarks.Measuring;

/// <summary>
/// The CPU a set of named processes spends between <see cref="Start"/> and <see cref="Stop"/>: each
/// service, the broker's Erlang VM, and a server with workers (PostgreSQL's postmaster and every
/// backend under it, those that ended in between counted through the postmaster's reaped-children time).
/// </summary>
internal sealed class ProcessGroupCpu(IReadOnlyDictionary<string, int> processes, int? serverWithWorkers, string serverName)
{
    private Dictionary<string, double> _start = [];

    public void Start() => _start = Read();

    /// <returns>Microseconds of CPU per unit, by process name, and their total; names that could not be read are left out.</returns>
    public IReadOnlyDictionary<string, double> Stop(int units)
    {
        var end = Read();
        var perUnit = end.Where(e => _start.ContainsKey(e.Key))
            .ToDictionary(e => e.Key, e => Math.Round((e.Value - _start[e.Key]) / Math.Max(units, 1), 1), StringComparer.Ordinal);
        perUnit["total"] = Math.Round(perUnit.Values.Sum(), 1);
        return perUnit;
    }

    private Dictionary<string, double> Read()
    {
        var now = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, pid) in processes)
        {
            if (ProcStat.CpuMicroseconds(pid.ToString(CultureInfo.InvariantCulture)) is { } cpu)
            {
                now[name] = cpu;
            }
        }

        if (serverWithWorkers is { } server && ProcStat.CpuMicroseconds(server.ToString(CultureInfo.InvariantCulture), withReapedChildren: true) is { } own)
        {
            now[serverName] = own + ProcStat.Children(server).Sum(c => ProcStat.CpuMicroseconds(c.ToString(CultureInfo.InvariantCulture)) ?? 0);
        }

        return now;
    }
}
