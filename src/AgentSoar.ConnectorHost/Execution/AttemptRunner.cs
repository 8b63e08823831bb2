using AgentSoar.ConnectorHost.Registry;
using AgentSoar.ConnectorHost.Secrets;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Contracts.Actions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AgentSoar.ConnectorHost.Execution;

/// <summary>Runs the attempts of one execution through the connector's pipeline and turns whatever happens into an <see cref="ExecutionRun"/>.</summary>
internal sealed class AttemptRunner(ExecutionPipelines pipelines, SecretMasker masker, TimeProvider time, ILogger logger)
{
    public async Task<ExecutionRun> RunAsync(
        ExecuteAction command,
        RegisteredConnector connector,
        RegisteredAction action,
        object input,
        TimeSpan timeout,
        int maxAttempts,
        CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ExecutionPipelines.AttemptTimeout, timeout);
        context.Properties.Set(ExecutionPipelines.MaxAttempts, maxAttempts);
        var state = new AttemptState(this, command, connector, action, input);
        try
        {
            var outcome = await pipelines.For(connector.Name, action.Name).ExecuteOutcomeAsync(
                static async (resilience, state) => await state.Runner.AttemptAsync(state, resilience.CancellationToken),
                context,
                state);
            var name = $"{connector.Name}.{action.Name}";
            return outcome switch
            {
                { Exception: TimeoutRejectedException } => new(null, ActionErrorKind.Timeout, $"{name} timed out after {timeout} (attempt {state.Attempts} of {maxAttempts}).", state.Attempts),
                { Exception: BrokenCircuitException } => new(null, ActionErrorKind.Transient, $"{name} was not tried: connector '{connector.Name}' keeps failing, its circuit is open for a while.", state.Attempts),
                { Exception: OperationCanceledException } when cancellationToken.IsCancellationRequested => throw new OperationCanceledException(cancellationToken),
                { Exception: { } ex } => new(null, ActionErrorKind.Permanent, masker.Mask($"{name} failed: {ex.Message}"), state.Attempts),
                { Result.Failure: { } failure } => new(null, ErrorKinds.From(failure.Kind), Describe(failure, state.Attempts), state.Attempts),
                _ => new(outcome.Result!.Output, null, null, state.Attempts),
            };
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static string Describe(ActionFailure failure, int attempts) =>
        failure.Kind == ActionFailureKind.Transient && attempts > 1 ? $"{failure.Message} (after {attempts} attempts)" : failure.Message;

    private async ValueTask<Outcome<AttemptOutcome>> AttemptAsync(AttemptState state, CancellationToken cancellationToken)
    {
        state.Attempts++;
        var context = new ActionContext
        {
            CancellationToken = cancellationToken,
            Logger = state.Connector.Setup.Logger,
            Secrets = state.Connector.Setup.Secrets,
            Time = time,
            Connector = state.Connector.Name,
            Action = state.Action.Name,
            ExecutionId = state.Command.ExecutionId,
            RunId = state.Command.RunId,
            IncidentId = state.Command.IncidentId,
            StepId = state.Command.StepId,
            IdempotencyKey = state.Command.IdempotencyKey,
            Attempt = state.Attempts,
            IsSimulation = state.Connector.Simulated,
        };

        try
        {
            var task = state.Connector.Simulated
                ? state.Action.Action.InvokeSimulationAsync(state.Input, context)
                : state.Action.Action.InvokeAsync(state.Input, context);

            // WaitAsync: a plugin that ignores its token must not hold the host past the timeout (it runs on, unobserved).
            var result = await task.WaitAsync(cancellationToken);
            return Outcome.FromResult(AttemptOutcome.From(result, state.Connector.Simulated));
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            // Polly's timeout turns this into TimeoutRejectedException when the token was its own.
            return Outcome.FromException<AttemptOutcome>(ex);
        }
        catch (Exception ex)
        {
            var message = masker.Mask($"{ex.GetType().Name}: {ex.Message}");
            logger.LogWarning("{Connector}.{Action} threw on attempt {Attempt}: {Error}", state.Connector.Name, state.Action.Name, state.Attempts, message);
            return Outcome.FromResult(new AttemptOutcome(null, ActionFailure.Permanent($"The connector threw {message}")));
        }
    }

    private sealed class AttemptState(AttemptRunner runner, ExecuteAction command, RegisteredConnector connector, RegisteredAction action, object input)
    {
        public AttemptRunner Runner { get; } = runner;

        public ExecuteAction Command { get; } = command;

        public RegisteredConnector Connector { get; } = connector;

        public RegisteredAction Action { get; } = action;

        public object Input { get; } = input;

        public int Attempts { get; set; }
    }
}
