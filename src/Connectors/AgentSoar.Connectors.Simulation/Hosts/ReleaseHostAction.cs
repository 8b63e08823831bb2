using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class ReleaseHostAction(ISimulationJournal journal) : RecordingAction<HostInput, HostOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "release_host",
        "Gives an isolated host its network back (simulated: nothing is changed).",
        ActionRisk.Medium)
    {
        Idempotent = true,
        OpenC2 = new OpenC2Mapping("allow", "device", "er"),
    };

    protected override ActionResult<HostOutput> Run(HostInput input, ActionContext context) =>
        input.Check() is { } failure ? failure : new HostOutput(input.Hostname, Isolated: false);

    protected override string Describe(HostInput input) => $"would release host {input.Hostname}";
}
