using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class BlockDomainAction(ISimulationJournal journal) : RecordingAction<BlockDomainInput, DomainBlockOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "block_domain",
        "Stops a domain from resolving (DNS sinkhole), for a duration or until unblocked (simulated: nothing is blocked).",
        ActionRisk.High)
    {
        Idempotent = true,
        UndoAction = "unblock_domain",
        OpenC2 = new OpenC2Mapping("deny", "domain_name"),
    };

    protected override ActionResult<DomainBlockOutput> Run(BlockDomainInput input, ActionContext context) =>
        input.Check() is { } failure
            ? failure
            : new DomainBlockOutput(input.Domain.ToLowerInvariant(), Blocked: true, input.Duration is { } d ? context.Time.GetUtcNow() + d : null);

    protected override string Describe(BlockDomainInput input) => $"would block the domain {input.Domain}";
}
