using AgentSoar.Benchmarks.Measuring;

namespace AgentSoar.Benchmarks.Pipeline;

/// <summary>
/// How many alerts went in and what came out of them: the proof nothing was lost or repeated.
/// Exact: every alert opened its own incident and produced exactly one run, which succeeded.
/// </summary>
internal sealed record PipelineCounts(int Alerts, int Accepted, int Incidents, int SucceededRuns, int OtherRuns, bool Exact, IReadOnlyList<string> Problems);

/// <summary>The pipeline in one deployment mode.</summary>
internal sealed record PipelineResult(
    string Mode,
    int SaturationAlerts,
    double SaturationElapsedSeconds,
    double AlertsPerSecond,
    double? CpuUsPerAlert,
    double LatencyRatePerSecond,
    Percentiles AlertToAction,
    long? PeakRssBytes,
    PipelineCounts SaturationCounts,
    PipelineCounts LatencyCounts,
    PipelineSettings Settings)
{
    public bool CountsExact => SaturationCounts.Exact && LatencyCounts.Exact;
}
