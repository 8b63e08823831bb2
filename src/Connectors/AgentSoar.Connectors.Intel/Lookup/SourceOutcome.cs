using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Intel;

/// <summary>What asking one source gave: a verdict, nothing (the source does not know the indicator), or a failure.</summary>
internal sealed record SourceOutcome(SourceVerdict? Verdict, ActionFailure? Failure)
{
    public static SourceOutcome Nothing { get; } = new(null, null);

    public static SourceOutcome Said(SourceVerdict verdict) => new(verdict, null);

    public static SourceOutcome Failed(ActionFailure failure) => new(null, failure);
}
