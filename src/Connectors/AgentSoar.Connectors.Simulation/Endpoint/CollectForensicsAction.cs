using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class CollectForensicsAction(ISimulationJournal journal) : RecordingAction<HostInput, ForensicsOutput>(journal)
{
    private static readonly string[] Artifacts = ["memory", "process_list", "network_connections", "autoruns", "event_logs"];

    public override ActionMetadata Metadata { get; } = new(
        "collect_forensics",
        "Collects a triage package from a host: memory, processes, connections, autoruns and event logs (simulated: nothing is collected).",
        ActionRisk.Medium)
    {
        // Reads the host, changes nothing on it: no approval by policy, though it is not free.
        Mutating = false,
        Idempotent = true,
        OpenC2 = new OpenC2Mapping("investigate", "device", "er"),
    };

    protected override ActionResult<ForensicsOutput> Run(HostInput input, ActionContext context) =>
        input.Check() is { } failure ? failure : new ForensicsOutput(input.Hostname, $"sim-forensics-{input.Hostname}", Artifacts);

    protected override string Describe(HostInput input) => $"would collect a triage package from {input.Hostname}";
}
