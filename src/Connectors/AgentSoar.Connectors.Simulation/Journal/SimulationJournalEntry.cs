namespace AgentSoar.Connectors.Simulation;

/// <summary>One thing the simulation connector would have done.</summary>
/// <param name="RecordedAt">When the action ran.</param>
/// <param name="Action">The action's name (<c>block_ip</c>).</param>
/// <param name="Summary">What would have happened, in plain words.</param>
/// <param name="RunId">The playbook run.</param>
/// <param name="StepId">The playbook step.</param>
/// <param name="ExecutionId">The step execution.</param>
/// <param name="IdempotencyKey">The execution's idempotency key.</param>
public sealed record SimulationJournalEntry(
    DateTimeOffset RecordedAt,
    string Action,
    string Summary,
    Guid RunId,
    string StepId,
    Guid ExecutionId,
    string IdempotencyKey);
