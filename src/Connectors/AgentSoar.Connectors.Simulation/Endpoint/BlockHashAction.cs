using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class BlockHashAction(ISimulationJournal journal) : RecordingAction<HashInput, HashBlockOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "block_hash",
        "Stops files with this hash from running on every managed endpoint (simulated: nothing is blocked).",
        ActionRisk.High)
    {
        Idempotent = true,
        UndoAction = "unblock_hash",
        OpenC2 = new OpenC2Mapping("deny", "file"),
    };

    protected override ActionResult<HashBlockOutput> Run(HashInput input, ActionContext context) =>
        input.Check() is { } failure ? failure : new HashBlockOutput(input.Hash.ToLowerInvariant(), Blocked: true);

    protected override string Describe(HashInput input) => $"would block files with hash {input.Hash}";
}
