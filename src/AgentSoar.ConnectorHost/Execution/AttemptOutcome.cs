using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Execution;

/// <summary>How one attempt went: an output (null for a simulation's "would have done") or a failure.</summary>
internal sealed record AttemptOutcome(object? Output, ActionFailure? Failure)
{
    public bool IsTransient => Failure?.Kind == ActionFailureKind.Transient;

    public static AttemptOutcome From(ActionResult? result, bool simulated) => result switch
    {
        null => new(null, ActionFailure.Permanent("The action returned no result.")),
        { Failure: { } failure } => new(null, failure),
        { BoxedOutput: null } when !simulated => new(null, ActionFailure.Permanent("The action succeeded without an output; WouldHaveDone is for simulations only.")),
        _ => new(result.BoxedOutput, null),
    };
}
