using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class KillProcessAction(ISimulationJournal journal) : RecordingAction<ProcessInput, KillProcessOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new("kill_process", "Stops a running process on a host (simulated: nothing is stopped).", ActionRisk.High)
    {
        Idempotent = true,
        OpenC2 = new OpenC2Mapping("stop", "process", "er"),
    };

    protected override ActionResult<KillProcessOutput> Run(ProcessInput input, ActionContext context) =>
        input.Check() is { } failure ? failure : new KillProcessOutput(input.Hostname, input.Process, Killed: true);

    protected override string Describe(ProcessInput input) => $"would stop {input.Process} on {input.Hostname}";
}
