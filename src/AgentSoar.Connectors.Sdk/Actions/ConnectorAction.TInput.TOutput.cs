namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// An action of a connector: a typed input, a typed output and one async method. Derive from it,
/// set <see cref="ConnectorAction.Metadata"/>, implement <see cref="ExecuteAsync"/>.
/// </summary>
/// <remarks>
/// <para>
/// The host owns retries, timeouts, circuit breaking, logging and idempotency: an action makes one
/// attempt and says how it went. By the time <see cref="ExecuteAsync"/> runs, the input has been
/// deserialised with <see cref="ConnectorJson.Options"/> (snake_case names, unknown fields and
/// missing required fields refused); check what the types cannot express and return
/// <see cref="ActionFailure.InvalidInput"/> when it is wrong.
/// </para>
/// <para>
/// Return an <see cref="ActionFailure"/> for every failure you can name. An exception that escapes
/// is reported as a <see cref="ActionFailureKind.Permanent"/> failure and never retried, except an
/// <see cref="OperationCanceledException"/> caused by <see cref="ActionContext.CancellationToken"/>,
/// which the host reports as a timeout (and retries) or, at shutdown, redelivers.
/// </para>
/// <para>
/// One instance serves concurrent executions: keep no per-call state in fields.
/// </para>
/// </remarks>
/// <typeparam name="TInput">The input record, as playbooks write it under <c>with:</c>.</typeparam>
/// <typeparam name="TOutput">The output record, as playbooks read it under <c>steps.&lt;id&gt;.output</c>.</typeparam>
public abstract class ConnectorAction<TInput, TOutput> : ConnectorAction
    where TInput : notnull
{
    /// <inheritdoc />
    public sealed override Type InputType => typeof(TInput);

    /// <inheritdoc />
    public sealed override Type OutputType => typeof(TOutput);

    /// <summary>Runs the action once.</summary>
    /// <param name="input">The validated input.</param>
    /// <param name="context">Cancellation, logger, secrets, ids.</param>
    /// <returns>The output, or a typed failure (both convert implicitly to the result).</returns>
    public abstract Task<ActionResult<TOutput>> ExecuteAsync(TInput input, ActionContext context);

    /// <summary>
    /// Reports what the action would do with <paramref name="input"/>, without doing it. The host
    /// calls it instead of <see cref="ExecuteAsync"/> when the connector runs in simulation mode.
    /// </summary>
    /// <remarks>
    /// The default returns <see cref="ActionResult{TOutput}.WouldHaveDone"/>, which the host
    /// publishes as <c>{"simulated": true, "connector": ..., "action": ..., "input": {...}}</c>.
    /// Override it when playbooks branch on the output, so a simulated run takes the same path as a
    /// real one: return an output of the real shape, built from the input alone. A read-only action
    /// may simply return <c>ExecuteAsync(input, context)</c>. Never change anything here.
    /// </remarks>
    /// <param name="input">The validated input.</param>
    /// <param name="context">The execution context (<see cref="ActionContext.IsSimulation"/> is true).</param>
    /// <returns>A simulated output, <see cref="ActionResult{TOutput}.WouldHaveDone"/>, or a failure (e.g. invalid input).</returns>
    public virtual Task<ActionResult<TOutput>> SimulateAsync(TInput input, ActionContext context) =>
        Task.FromResult(ActionResult<TOutput>.WouldHaveDone());

    /// <inheritdoc />
    public sealed override async Task<ActionResult> InvokeAsync(object input, ActionContext context) =>
        await ExecuteAsync(Cast(input), context).ConfigureAwait(false);

    /// <inheritdoc />
    public sealed override async Task<ActionResult> InvokeSimulationAsync(object input, ActionContext context) =>
        await SimulateAsync(Cast(input), context).ConfigureAwait(false);

    private static TInput Cast(object input) => input is TInput typed
        ? typed
        : throw new ArgumentException($"Expected an input of type {typeof(TInput).Name}, got {input?.GetType().Name ?? "null"}.", nameof(input));
}
