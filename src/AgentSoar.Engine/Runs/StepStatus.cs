namespace AgentSoar.Engine.Runs;

public enum StepStatus
{
    WaitingApproval,
    Running,
    Succeeded,
    Failed,
    Denied,
    Skipped,
}
