namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// What an action returns: its output, or a typed <see cref="ActionFailure"/>. Both convert
/// implicitly, so an action writes <c>return new BlockIpOutput(...);</c> or
/// <c>return ActionFailure.NotFound("no such host");</c>.
/// </summary>
/// <typeparam name="TOutput">The action's output record.</typeparam>
public sealed class ActionResult<TOutput> : ActionResult
{
    private ActionResult(TOutput? output, ActionFailure? failure)
        : base(failure) => Output = output;

    /// <summary>The output; <see langword="null"/> on failure and for <see cref="WouldHaveDone"/>.</summary>
    public TOutput? Output { get; }

    /// <inheritdoc />
    public override object? BoxedOutput => Output;

    /// <summary>A success carrying <paramref name="output"/>.</summary>
    /// <param name="output">The output; must not be null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public static ActionResult<TOutput> Success(TOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new ActionResult<TOutput>(output, null);
    }

    /// <summary>A failure.</summary>
    /// <param name="failure">Why the action failed.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is null.</exception>
    public static ActionResult<TOutput> Failed(ActionFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new ActionResult<TOutput>(default, failure);
    }

    /// <summary>
    /// For simulations only: a success without an output of the action's type. The host then
    /// publishes a standard "would have done" document (see <c>ConnectorAction.SimulateAsync</c>).
    /// </summary>
    /// <returns>The result.</returns>
    public static ActionResult<TOutput> WouldHaveDone() => new(default, null);

    /// <summary>Wraps an output as a success.</summary>
    /// <param name="output">The output.</param>
    public static implicit operator ActionResult<TOutput>(TOutput output) => Success(output);

    /// <summary>Wraps a failure.</summary>
    /// <param name="failure">The failure.</param>
    public static implicit operator ActionResult<TOutput>(ActionFailure failure) => Failed(failure);
}
