using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.ConnectorHost.Secrets;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.Options;

namespace AgentSoar.ConnectorHost.Execution;

/// <summary>
/// Executes <see cref="ExecuteAction"/> commands: finds the action, validates the input, runs it
/// with timeout, retries and circuit breaking (or simulates it), and returns the message to
/// publish. Every failure, a connector's crash included, comes back as <see cref="ActionFailed"/>.
/// </summary>
public sealed class ActionExecutor : IDisposable
{
    private readonly ConnectorRegistry _registry;
    private readonly SecretMasker _masker;
    private readonly ConnectorHostOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ActionExecutor> _logger;
    private readonly ExecutionPipelines _pipelines;
    private readonly IdempotencyCache _cache;
    private readonly AttemptRunner _runner;

    /// <summary>Creates the executor. Resolved from the container.</summary>
    public ActionExecutor(ConnectorRegistry registry, SecretMasker masker, IOptions<ConnectorHostOptions> options, TimeProvider time, ILogger<ActionExecutor> logger)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        _registry = registry;
        _masker = masker;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _pipelines = new ExecutionPipelines(_options, registry.Resilience, time, logger);
        _cache = new IdempotencyCache(_options.IdempotencyCacheSize);
        _runner = new AttemptRunner(_pipelines, masker, time, logger);
    }

    /// <summary>Executes <paramref name="command"/>.</summary>
    /// <remarks>
    /// A command whose idempotency key already finished in this process gets the same result again
    /// (addressed to its own ids) without the connector being called.
    /// </remarks>
    /// <param name="command">The command.</param>
    /// <param name="cancellationToken">The host's shutdown; when it fires the execution is abandoned, not reported.</param>
    /// <returns>The <see cref="ActionCompleted"/> or <see cref="ActionFailed"/> to publish.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired: let the message be redelivered.</exception>
    public Task<ActionExecutionResult> ExecuteAsync(ExecuteAction command, CancellationToken cancellationToken) =>
        ExecuteAsync(command, redelivered: false, cancellationToken);

    /// <summary>Executes <paramref name="command"/>, which the broker may be delivering again.</summary>
    /// <param name="command">The command.</param>
    /// <param name="redelivered">
    /// The broker delivered this command before and it was never acknowledged: a host (this one before a restart, or
    /// another) took it and stopped. A non-idempotent action is then not run again but answered
    /// <see cref="ActionErrorKind.Uncertain"/>, so a person decides; an idempotent one runs again.
    /// </param>
    /// <param name="cancellationToken">The host's shutdown; when it fires the execution is abandoned, not reported.</param>
    /// <returns>The <see cref="ActionCompleted"/> or <see cref="ActionFailed"/> to publish.</returns>
    public async Task<ActionExecutionResult> ExecuteAsync(ExecuteAction command, bool redelivered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrEmpty(command.IdempotencyKey))
        {
            return await RunAsync(command, redelivered, cancellationToken);
        }

        // A result this process already has is the true answer, redelivered or not: the cache comes first.
        var key = $"{command.Connector.ToLowerInvariant()}/{command.Action.ToLowerInvariant()}/{command.IdempotencyKey}";
        var result = await _cache.GetOrRunAsync(key, () => RunAsync(command, redelivered, cancellationToken), cancellationToken);
        return result.AddressedTo(command);
    }

    /// <inheritdoc />
    public void Dispose() => _pipelines.Dispose();

    private async Task<ActionExecutionResult> RunAsync(ExecuteAction command, bool redelivered, CancellationToken cancellationToken)
    {
        var startedAt = _time.GetUtcNow();
        if (command.NotAfter is { } notAfter && startedAt > notAfter)
        {
            // The Coordinator has given up on this step by now (its watchdog failed it): acting late,
            // say blocking an address after the run ended, would be worse than not acting.
            return Fail(command, ActionErrorKind.Timeout, $"the command arrived after its deadline ({notAfter:O}) and was not run", 0, startedAt);
        }

        if (!_registry.TryGetAction(command.Connector, command.Action, out var connector, out var action))
        {
            return Fail(command, ActionErrorKind.UnknownAction, UnknownActionMessage(command), 0, startedAt);
        }

        if (redelivered && !action.Info.Idempotent)
        {
            // Conservative on purpose: a command that was only prefetched, or waiting for a place under the
            // connector's limits, when its host stopped is asked about too. Asking once too often costs a person
            // a look; repeating a block, a mail or an account change blindly costs more.
            return Fail(command, ActionErrorKind.Uncertain, "a connector host took this command before and stopped without answering, so it may have run; the action is not idempotent, so it was not run again.", 0, startedAt);
        }

        var (input, inputError) = InputReader.Read(command.Inputs, action);
        if (inputError is not null)
        {
            return Fail(command, ActionErrorKind.InvalidInput, _masker.Mask(inputError), 0, startedAt);
        }

        var resilience = _registry.Resilience.For(connector.Name, action.Name);
        var timeout = resilience.AttemptTimeout(command.Timeout);
        var maxAttempts = resilience.Attempts(command.MaxAttempts);
        var (leases, refusal) = await AcquireAsync(connector.Name, action.Name, timeout, cancellationToken);
        if (refusal is not null)
        {
            return Fail(command, ActionErrorKind.Transient, refusal, 0, startedAt);
        }

        ExecutionRun run;
        try
        {
            run = await _runner.RunAsync(command, connector, action, input!, timeout, maxAttempts, cancellationToken);
        }
        finally
        {
            foreach (var lease in leases!)
            {
                lease.Dispose();
            }
        }

        if (run.ErrorKind is { } kind)
        {
            return Fail(command, kind, _masker.Mask(run.Error ?? kind.ToString()), run.Attempts, startedAt);
        }

        var (output, outputError) = OutputWriter.Write(run.Output, command.Inputs, action, _masker, _options.MaxOutputBytes);
        if (outputError is not null)
        {
            return Fail(command, ActionErrorKind.Permanent, outputError, run.Attempts, startedAt);
        }

        _logger.LogInformation(
            "{Connector}.{Action} completed in {Attempts} attempt(s){Simulated}",
            connector.Name,
            action.Name,
            run.Attempts,
            connector.Simulated ? " (simulated)" : "");
        return ActionExecutionResult.Success(new ActionCompleted(
            command.ExecutionId, command.RunId, command.IncidentId, command.StepId, connector.Name, action.Name, output, connector.Simulated, run.Attempts, startedAt, _time.GetUtcNow()));
    }

    /// <summary>A place under the connector's and the action's limits, waiting at most the action's own time budget for it.</summary>
    private async Task<(IReadOnlyList<System.Threading.RateLimiting.RateLimitLease>? Leases, string? Refusal)> AcquireAsync(string connector, string action, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            return await _registry.Limits.AcquireAsync(connector, action, wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"{connector}.{action} was not run: no free place under its connector's limits within {timeout}");
        }
    }

    private ActionExecutionResult Fail(ExecuteAction command, ActionErrorKind kind, string error, int attempts, DateTimeOffset startedAt)
    {
        _logger.LogWarning("{Connector}.{Action} failed ({ErrorKind}) after {Attempts} attempt(s): {Error}", command.Connector, command.Action, kind, attempts, error);
        return ActionExecutionResult.Failure(new ActionFailed(
            command.ExecutionId, command.RunId, command.IncidentId, command.StepId, command.Connector, command.Action, kind, error, attempts, startedAt, _time.GetUtcNow()));
    }

    private string UnknownActionMessage(ExecuteAction command)
    {
        var connector = _registry.FindConnector(command.Connector);
        return connector is null
            ? $"This host has no connector '{command.Connector}'; it runs: {string.Join(", ", _registry.ConnectorNames)}."
            : $"Connector '{connector.Name}' has no action '{command.Action}'; it has: {string.Join(", ", connector.Actions.Keys.Order(StringComparer.Ordinal))}.";
    }
}
