using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class ReleaseEmailAction(ISimulationJournal journal) : RecordingAction<MessageInput, QuarantineOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new("release_email", "Returns a quarantined message to its mailboxes (simulated).", ActionRisk.Medium)
    {
        Idempotent = true,
    };

    protected override ActionResult<QuarantineOutput> Run(MessageInput input, ActionContext context) =>
        input.Check() is { } failure ? failure : new QuarantineOutput(input.MessageId, Quarantined: false);

    protected override string Describe(MessageInput input) => $"would release message {input.MessageId}";
}
