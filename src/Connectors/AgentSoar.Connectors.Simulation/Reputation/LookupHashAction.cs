using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class LookupHashAction(ISimulationJournal journal) : RecordingAction<HashInput, IndicatorOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "lookup_hash",
        "Looks up a file hash in the simulation's fixed feed: the EICAR test file's hashes are malicious, the rest unknown.",
        ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
        OpenC2 = new OpenC2Mapping("query", "file"),
    };

    protected override ActionResult<IndicatorOutput> Run(HashInput input, ActionContext context)
    {
        if (input.Check() is { } failure)
        {
            return failure;
        }

        var (verdict, score) = IndicatorReputation.OfHash(input.Hash);
        return new IndicatorOutput(input.Hash.ToLowerInvariant(), verdict, score, "simulation");
    }

    protected override string Describe(HashInput input) => $"looked up hash {input.Hash}";
}
