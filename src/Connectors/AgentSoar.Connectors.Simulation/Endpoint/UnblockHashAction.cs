using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class UnblockHashAction(ISimulationJournal journal) : RecordingAction<HashInput, HashBlockOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new("unblock_hash", "Lets files with this hash run again (simulated).", ActionRisk.Medium)
    {
        Idempotent = true,
        OpenC2 = new OpenC2Mapping("allow", "file"),
    };

    protected override ActionResult<HashBlockOutput> Run(HashInput input, ActionContext context) =>
        input.Check() is { } failure ? failure : new HashBlockOutput(input.Hash.ToLowerInvariant(), Blocked: false);

    protected override string Describe(HashInput input) => $"would unblock files with hash {input.Hash}";
}
