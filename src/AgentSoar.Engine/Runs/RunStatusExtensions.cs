namespace AgentSoar.Engine.Runs;

public static class RunStatusExtensions
{
    public static bool IsFinal(this RunStatus status) =>
        status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Denied or RunStatus.RolledBack or RunStatus.RollbackFailed;

    public static bool IsFinal(this StepStatus status) =>
        status is StepStatus.Succeeded or StepStatus.Failed or StepStatus.Denied or StepStatus.Skipped;

    /// <summary>A final step that did not do its job: the run stops unless the step says <c>on_failure: continue</c>.</summary>
    public static bool IsUnsuccessful(this StepStatus status) =>
        status is StepStatus.Failed or StepStatus.Denied;

    public static string ToWire(this RunStatus status) => EngineJson.EnumName(status);

    public static string ToWire(this StepStatus status) => EngineJson.EnumName(status);
}
