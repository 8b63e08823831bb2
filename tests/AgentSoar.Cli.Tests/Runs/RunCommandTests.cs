using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.Runs;

/// <summary>What <c>agentsoar run</c> says when it cannot talk to a server; the commands against a real one are in the end-to-end tests.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public void Show_KeyFileMissing_SaysSoAndFailsTheCommand()
    {
        var result = CliRun.Invoke("run", "show", Guid.NewGuid().ToString(), "--key-file", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("no API key", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_ServerNotListening_SaysItCannotReachIt()
    {
        var key = Path.GetTempFileName();
        File.WriteAllText(key, "some-key");
        try
        {
            // Port 9 (discard) on loopback: nothing listens there in a test environment.
            var result = CliRun.Invoke("run", "show", Guid.NewGuid().ToString(), "--server", "http://127.0.0.1:9", "--key-file", key);

            Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
            Assert.Contains("cannot reach the server", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(key);
        }
    }

    [Fact]
    public void Show_ServerNotAUrl_IsRefused()
    {
        var result = CliRun.Invoke("run", "show", Guid.NewGuid().ToString(), "--server", "ftp://x");

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("is not an http(s) URL", result.Error, StringComparison.Ordinal);
    }
}
