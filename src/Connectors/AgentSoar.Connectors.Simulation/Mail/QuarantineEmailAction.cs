using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class QuarantineEmailAction(ISimulationJournal journal) : RecordingAction<MessageInput, QuarantineOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "quarantine_email",
        "Moves a message out of every mailbox that received it into quarantine (simulated).",
        ActionRisk.Medium)
    {
        Idempotent = true,
        UndoAction = "release_email",
    };

    protected override ActionResult<QuarantineOutput> Run(MessageInput input, ActionContext context) =>
        input.Check() is { } failure ? failure : new QuarantineOutput(input.MessageId, Quarantined: true);

    protected override string Describe(MessageInput input) => $"would quarantine message {input.MessageId}";
}
