using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class LookupDomainAction(ISimulationJournal journal) : RecordingAction<DomainInput, IndicatorOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "lookup_domain",
        "Looks up a domain in the simulation's fixed feed: names under .invalid are malicious, under .test suspicious, the rest unknown.",
        ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
        OpenC2 = new OpenC2Mapping("query", "domain_name"),
    };

    protected override ActionResult<IndicatorOutput> Run(DomainInput input, ActionContext context)
    {
        if (input.Check() is { } failure)
        {
            return failure;
        }

        var (verdict, score) = IndicatorReputation.OfDomain(input.Domain);
        return new IndicatorOutput(input.Domain.ToLowerInvariant(), verdict, score, "simulation");
    }

    protected override string Describe(DomainInput input) => $"looked up domain {input.Domain}";
}
