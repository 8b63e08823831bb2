using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class UnblockIpAction(ISimulationJournal journal) : RecordingAction<UnblockIpInput, UnblockIpOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "unblock_ip",
        "Lifts a block on an IP address (simulated: nothing is changed).",
        ActionRisk.Medium)
    {
        Idempotent = true,
    };

    protected override ActionResult<UnblockIpOutput> Run(UnblockIpInput input, ActionContext context) =>
        new UnblockIpOutput(input.Ip.ToString(), Blocked: false);

    protected override string Describe(UnblockIpInput input) => $"would unblock {input.Ip}";
}
