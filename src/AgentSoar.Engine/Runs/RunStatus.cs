namespace AgentSoar.Engine.Runs;

public enum RunStatus
{
    Running,
    WaitingApproval,
    Succeeded,
    Failed,
    Denied,

    /// <summary>A rollback was asked for: the undo actions of what the run did are running, newest first.</summary>
    RollingBack,

    /// <summary>Every action that could be undone was.</summary>
    RolledBack,

    /// <summary>The rollback ended with some undo action failed or refused: the trail says which.</summary>
    RollbackFailed,
}
