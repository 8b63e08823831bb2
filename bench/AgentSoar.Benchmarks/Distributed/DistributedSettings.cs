namespace AgentSoar.Benchmarks.Distributed;

/// <summary>
/// The distributed mode's sizes: the saturation and latency phases (as the all-in-one's), the alert
/// storm (posted at once over <see cref="StormPosters"/> requests), the containment race and the
/// approval path, and how long the containment actuator takes.
/// </summary>
internal sealed record DistributedSettings(
    int SaturationAlerts,
    int LatencyAlerts,
    int WarmUpAlerts,
    int StormAlerts,
    int ContainmentAlerts,
    int ApprovalAlerts,
    int Posters = 8,
    int StormPosters = 16,
    int ActuatorDelayMs = 200,
    double RacePerSecond = 2);
