namespace AgentSoar.Cli;

/// <summary>What the <c>agentsoar</c> process exit code means, for scripts and CI.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked and found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>The command ran and found problems (invalid playbooks, paths that do not exist, failing tests, a simulated run that failed or was denied, a connector failing a conformance check); they are on standard output.</summary>
    public const int ProblemsFound = 1;

    /// <summary>The command could not run: a usage error, the connectors could not be loaded, or a file it needs is unusable. The reason is on standard error.</summary>
    public const int CommandFailed = 2;
}
