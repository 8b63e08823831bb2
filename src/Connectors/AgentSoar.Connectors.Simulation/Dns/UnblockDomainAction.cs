using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class UnblockDomainAction(ISimulationJournal journal) : RecordingAction<DomainInput, DomainBlockOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new("unblock_domain", "Lets a blocked domain resolve again (simulated).", ActionRisk.Medium)
    {
        Idempotent = true,
        OpenC2 = new OpenC2Mapping("allow", "domain_name"),
    };

    protected override ActionResult<DomainBlockOutput> Run(DomainInput input, ActionContext context) =>
        input.Check() is { } failure ? failure : new DomainBlockOutput(input.Domain.ToLowerInvariant(), Blocked: false, null);

    protected override string Describe(DomainInput input) => $"would unblock the domain {input.Domain}";
}
