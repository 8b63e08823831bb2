namespace AgentSoar.Benchmarks.Pipeline;

/// <summary>
/// The pipeline's sizes: alerts posted at once (at most 500 for now: the API lists at most that many
/// runs), alerts posted one by one at a tenth of the saturation rate, warm-up alerts not counted, and
/// the number of concurrent HTTP posts during saturation.
/// </summary>
internal sealed record PipelineSettings(int SaturationAlerts, int LatencyAlerts, int WarmUpAlerts, int Posters = 8)
{
    public const int MaxAlertsPerPhase = 500;
}
