namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// Everything an action execution may need besides its input: cancellation, logging, secrets,
/// the clock and the ids that tie it to an incident. The host builds one per attempt.
/// </summary>
/// <remarks>
/// Every property has a harmless default so that a connector's own unit tests can write
/// <c>new ActionContext { IdempotencyKey = "k" }</c> and set only what they exercise.
/// </remarks>
public sealed class ActionContext
{
    /// <summary>
    /// Cancelled when the attempt times out or the host shuts down. Pass it to every I/O call; an
    /// <see cref="OperationCanceledException"/> caused by it is the expected way to stop.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The connector's log, which the host enriches with the ids below and masks.</summary>
    public IActionLogger Logger { get; init; } = NullActionLogger.Instance;

    /// <summary>The connector's secrets.</summary>
    public ISecretStore Secrets { get; init; } = EmptySecretStore.Instance;

    /// <summary>The clock. Use it instead of <c>DateTimeOffset.UtcNow</c> so tests can fix the time.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The connector's name, as in the catalog.</summary>
    public string Connector { get; init; } = "";

    /// <summary>The action's name, as in the catalog.</summary>
    public string Action { get; init; } = "";

    /// <summary>The id of this step execution; stays the same across the attempts of one execution.</summary>
    public Guid ExecutionId { get; init; }

    /// <summary>The playbook run the action belongs to.</summary>
    public Guid RunId { get; init; }

    /// <summary>The incident the run responds to.</summary>
    public Guid IncidentId { get; init; }

    /// <summary>The playbook step id.</summary>
    public string StepId { get; init; } = "";

    /// <summary>
    /// Stable across retries and redeliveries of the same step execution. Send it to systems that
    /// deduplicate requests (an <c>Idempotency-Key</c> header, a client reference field).
    /// </summary>
    public string IdempotencyKey { get; init; } = "";

    /// <summary>Which attempt this is, starting at 1.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>
    /// Whether the host runs in simulation mode for this connector. The host then calls
    /// <c>SimulateAsync</c>, not <c>ExecuteAsync</c>; the flag is here for code shared by both.
    /// </summary>
    public bool IsSimulation { get; init; }
}
