namespace AgentSoar.Benchmarks.Measuring;

/// <summary>The CPU a process spends between <see cref="Start"/> and <see cref="Stop"/>, per unit of work.</summary>
internal sealed class CpuMeter(string pid)
{
    private double? _start;

    public void Start() => _start = ProcStat.CpuMicroseconds(pid);

    /// <returns>Microseconds of CPU per unit, or null when the process could not be read.</returns>
    public double? Stop(int units) =>
        _start is { } start && ProcStat.CpuMicroseconds(pid) is { } end && units > 0 ? (end - start) / units : null;
}
