using AgentSoar.Contracts.Actions;

namespace AgentSoar.ConnectorHost.Execution;

/// <summary>What an execution produced: exactly one of <see cref="Completed"/> and <see cref="Failed"/>, ready to publish.</summary>
public sealed class ActionExecutionResult
{
    private ActionExecutionResult(ActionCompleted? completed, ActionFailed? failed)
    {
        Completed = completed;
        Failed = failed;
    }

    /// <summary>The success message, or <see langword="null"/>.</summary>
    public ActionCompleted? Completed { get; }

    /// <summary>The failure message, or <see langword="null"/>.</summary>
    public ActionFailed? Failed { get; }

    /// <summary>Whether the action completed.</summary>
    public bool Succeeded => Completed is not null;

    /// <summary>The message to publish.</summary>
    public object Message => (object?)Completed ?? Failed!;

    internal static ActionExecutionResult Success(ActionCompleted completed) => new(completed, null);

    internal static ActionExecutionResult Failure(ActionFailed failed) => new(null, failed);

    /// <summary>The same result addressed to <paramref name="command"/>: a redelivery may carry new ids for the same idempotency key.</summary>
    internal ActionExecutionResult AddressedTo(ExecuteAction command) => Completed is not null
        ? Success(Completed with { ExecutionId = command.ExecutionId, RunId = command.RunId, IncidentId = command.IncidentId, StepId = command.StepId })
        : Failure(Failed! with { ExecutionId = command.ExecutionId, RunId = command.RunId, IncidentId = command.IncidentId, StepId = command.StepId });
}
