using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests;

public sealed class AgentSoarCliTests
{
    [Fact]
    public void Run_Help_ListsThePlaybookCommandAndTheExitCodes()
    {
        var result = CliRun.Invoke("--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        // The root's name is the executable's: "agentsoar" when run, the test host's here.
        Assert.Contains(" [command] [options]", result.Output, StringComparison.Ordinal);
        Assert.Contains("  playbook  ", result.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ValidateHelp_DescribesPathsTheNoCatalogOptionAndTheOutputFormat()
    {
        var result = CliRun.Invoke("playbook", "validate", "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(" playbook validate <path>... [options]", result.Output, StringComparison.Ordinal);
        Assert.Contains("--no-catalog", result.Output, StringComparison.Ordinal);
        Assert.Contains("file:line:col: error: message", result.Output, StringComparison.Ordinal);
        Assert.Contains($"  {ExitCodes.ProblemsFound}  problems were found", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_IsAUsageErrorOnStandardError()
    {
        var result = CliRun.Invoke("playbok", "validate", "x");

        Assert.Contains("playbok", result.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
    }
}
