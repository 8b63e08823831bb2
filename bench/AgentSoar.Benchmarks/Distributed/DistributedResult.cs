using AgentSoar.Benchmarks.Measuring;
using AgentSoar.Benchmarks.Pipeline;

namespace AgentSoar.Benchmarks.Distributed;

/// <summary>
/// Broker messages per alert during the saturation phase, from the broker's own counters: published
/// (received from publishers: H), routed into queues, and delivered to consumers.
/// </summary>
internal sealed record BrokerMessagesPerAlert(double Published, double Routed, double Delivered, long PublishedTotal, string Source);

/// <summary>
/// The database work per alert during the saturation phase, from PostgreSQL's own counters: transactions
/// committed (the benchmark's own few polling reads included), rows inserted, updated and deleted, and
/// the rows written (inserted, updated or deleted) to each table.
/// </summary>
internal sealed record DatabaseWorkPerAlert(double Commits, double RowsInserted, double RowsUpdated, double RowsDeleted, IReadOnlyDictionary<string, double> RowsWrittenByTable);

/// <summary>The alert storm: all posted at once, how long until the last run finished, each service's peak memory, exact counts.</summary>
internal sealed record StormResult(int Alerts, double PostingSeconds, double DrainSeconds, IReadOnlyDictionary<string, long?> PeakRssBytes, PipelineCounts Counts);

/// <summary>
/// A race timed per alert: the containment race (alert posted → host contained, the step finished) or the
/// approval path (decision posted → command at the actuator; <c>CoordinatorDispatch</c>: to the Coordinator's
/// action_dispatched audit entry). <see cref="RepeatedCommands"/> counts hosts
/// that received more than one command.
/// </summary>
internal sealed record RaceResult(int Alerts, Percentiles Latency, Percentiles? CoordinatorDispatch, int RepeatedCommands, PipelineCounts Counts)
{
    public bool CountsExact => Counts.Exact && RepeatedCommands == 0 && Latency.Samples == Alerts;
}

/// <summary>The distributed mode: the pipeline's figures, H, CPU by process, and the storm, containment and approval phases.</summary>
internal sealed record DistributedResult(
    PipelineResult Pipeline,
    BrokerMessagesPerAlert? H,
    DatabaseWorkPerAlert Database,
    IReadOnlyDictionary<string, double> CpuUsPerAlertByProcess,
    StormResult? Storm,
    RaceResult? Containment,
    RaceResult? Approval,
    DistributedSettings Settings)
{
    public bool CountsExact => Pipeline.CountsExact && (Storm?.Counts.Exact ?? true) && (Containment?.CountsExact ?? true) && (Approval?.CountsExact ?? true);
}
