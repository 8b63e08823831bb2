using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class IsolateHostAction(ISimulationJournal journal) : RecordingAction<HostInput, HostOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "isolate_host",
        "Cuts a host off the network except for the EDR's own channel (simulated: nothing is cut).",
        ActionRisk.Critical)
    {
        Idempotent = true,
        UndoAction = "release_host",
        OpenC2 = new OpenC2Mapping("contain", "device", "er"),
    };

    protected override ActionResult<HostOutput> Run(HostInput input, ActionContext context) =>
        input.Check() is { } failure ? failure : new HostOutput(input.Hostname, Isolated: true);

    protected override string Describe(HostInput input) => $"would isolate host {input.Hostname}";
}
