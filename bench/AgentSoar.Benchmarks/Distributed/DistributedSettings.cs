namespace AgentSoar.Benchmarks.Distributed;

/// <summary>
/// The distributed mode's sizes: the saturation and latency phases (as the all-in-one's), the alert
/// storm (posted at once over <see cref="StormPosters"/> requests), the containment race and the
/// approval path, and how long the containment actuator takes. <c>DatabaseSettleSeconds</c>: the pause
/// before the database's counters are read (PostgreSQL publishes an idle connection's counts within ten
/// seconds); the smoke run skips it, its figures being no measurement.
/// </summary>
internal sealed record DistributedSettings(
    int SaturationAlerts,
    int LatencyAlerts,
    int WarmUpAlerts,
    int StormAlerts,
    int ContainmentAlerts,
    int ApprovalAlerts,
    int DatabaseSettleSeconds,
    int Posters = 8,
    int StormPosters = 16,
    int ActuatorDelayMs = 200,
    double RacePerSecond = 2);
