namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// The untyped view of an action's result that the host reads. Connector code uses
/// <see cref="ActionResult{TOutput}"/>; this class cannot be derived from outside the SDK.
/// </summary>
public abstract class ActionResult
{
    private protected ActionResult(ActionFailure? failure) => Failure = failure;

    /// <summary>Whether the action succeeded (or, in simulation, would have).</summary>
    public bool IsSuccess => Failure is null;

    /// <summary>Why the action failed, or <see langword="null"/> on success.</summary>
    public ActionFailure? Failure { get; }

    /// <summary>
    /// The output, boxed, or <see langword="null"/> on failure and for a simulation that only
    /// reports what it would have done (<see cref="ActionResult{TOutput}.WouldHaveDone"/>).
    /// </summary>
    public abstract object? BoxedOutput { get; }
}
