using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

/// <summary>
/// The shape of every simulation action: compute the output from the input alone, then record
/// and log what would have been done.
/// </summary>
internal abstract class RecordingAction<TInput, TOutput>(ISimulationJournal journal) : ConnectorAction<TInput, TOutput>
    where TInput : notnull
{
    public sealed override Task<ActionResult<TOutput>> ExecuteAsync(TInput input, ActionContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        var result = Run(input, context);
        if (result.IsSuccess)
        {
            var summary = Describe(input);
            journal.Record(new SimulationJournalEntry(
                context.Time.GetUtcNow(),
                Metadata.Name,
                summary,
                context.RunId,
                context.StepId,
                context.ExecutionId,
                context.IdempotencyKey));
            context.Logger.LogInformation($"Simulated {Metadata.Name}: {summary}");
        }

        return Task.FromResult(result);
    }

    // Everything here is already a simulation, so simulation mode changes nothing.
    public sealed override Task<ActionResult<TOutput>> SimulateAsync(TInput input, ActionContext context) =>
        ExecuteAsync(input, context);

    protected abstract ActionResult<TOutput> Run(TInput input, ActionContext context);

    protected abstract string Describe(TInput input);
}
