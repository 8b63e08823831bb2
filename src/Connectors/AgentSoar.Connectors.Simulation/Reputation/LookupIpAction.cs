using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class LookupIpAction(ISimulationJournal journal) : RecordingAction<LookupIpInput, LookupIpOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "lookup_ip",
        "Looks up the reputation of an IP address in the simulation's fixed feed: 203.0.113.0/24 and 198.51.100.0/24 are malicious, 192.0.2.0/24 is suspicious, the rest unknown.",
        ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
        OpenC2 = new OpenC2Mapping("query", "ipv4_net"),
    };

    protected override ActionResult<LookupIpOutput> Run(LookupIpInput input, ActionContext context)
    {
        var (verdict, score) = IpReputation.Of(input.Ip);
        return new LookupIpOutput(input.Ip.ToString(), verdict, score, "simulation");
    }

    protected override string Describe(LookupIpInput input) =>
        $"looked up {input.Ip}: {IpReputation.Of(input.Ip).Verdict.ToString().ToLowerInvariant()}";
}
