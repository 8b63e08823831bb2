namespace AgentSoar.Engine.Runs;

public enum RunStatus
{
    Running,
    WaitingApproval,
    Succeeded,
    Failed,
    Denied,
}
