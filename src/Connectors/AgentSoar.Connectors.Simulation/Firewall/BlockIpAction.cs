using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class BlockIpAction(ISimulationJournal journal) : RecordingAction<BlockIpInput, BlockIpOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "block_ip",
        "Blocks all traffic from and to an IP address, for a duration or until unblocked (simulated: nothing is blocked).",
        ActionRisk.High)
    {
        Idempotent = true,
        UndoAction = "unblock_ip",
        OpenC2 = new OpenC2Mapping("deny", "ipv4_net", "slpf"),
    };

    protected override ActionResult<BlockIpOutput> Run(BlockIpInput input, ActionContext context)
    {
        if (input.Duration is { } duration && duration <= TimeSpan.Zero)
        {
            return ActionFailure.InvalidInput("duration must be positive; omit it to block until unblock_ip.");
        }

        var expiresAt = input.Duration is { } lasting ? context.Time.GetUtcNow() + lasting : (DateTimeOffset?)null;
        return new BlockIpOutput(input.Ip.ToString(), Blocked: true, $"sim-block-{input.Ip}", expiresAt);
    }

    protected override string Describe(BlockIpInput input) =>
        input.Duration is { } duration ? $"would block {input.Ip} for {duration}" : $"would block {input.Ip} until unblocked";
}
