namespace AgentSoar.Cli.Tests.TestSupport;

/// <summary>Runs the <c>agentsoar</c> entry point in-process and keeps what it wrote.</summary>
internal static class CliRun
{
    public static CliResult Invoke(params string[] args) => InvokeAt(TimeProvider.System, args);

    /// <summary>Runs the command line with this clock (simulated runs read it).</summary>
    public static CliResult InvokeAt(TimeProvider time, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = AgentSoarCli.Run(args, output, error, time);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
