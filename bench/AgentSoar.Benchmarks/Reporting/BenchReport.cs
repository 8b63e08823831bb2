using AgentSoar.Benchmarks.Distributed;
using AgentSoar.Benchmarks.Measuring;
using AgentSoar.Benchmarks.Pipeline;
using AgentSoar.Benchmarks.Raw;

namespace AgentSoar.Benchmarks.Reporting;

/// <summary>One run of the benchmark, as written to the JSON file.</summary>
internal sealed record BenchReport(
    int Schema,
    DateTimeOffset StartedAt,
    bool Smoke,
    MachineInfo Machine,
    BrokerInfo? Broker,
    IReadOnlyList<RawResult> Raw,
    IReadOnlyList<PipelineResult> Pipelines,
    DistributedResult? Distributed,
    Ratios? Ratios)
{
    /// <summary>Every count the run checks came out exact.</summary>
    public bool CountsExact => Raw.All(r => r.CountsExact) && Pipelines.All(p => p.CountsExact) && (Distributed?.CountsExact ?? true);
}

/// <summary>The broker the raw baseline ran against, and the process whose CPU was counted as its own.</summary>
internal sealed record BrokerInfo(string Endpoint, string? Version, int? Pid, string? ProcessName);
