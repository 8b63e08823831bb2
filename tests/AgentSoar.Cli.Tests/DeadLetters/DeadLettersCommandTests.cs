using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.DeadLetters;

/// <summary>What <c>agentsoar dead-letters</c> says before and when it can't talk to a server; against a real one, see the fault tests.</summary>
public sealed class DeadLettersCommandTests
{
    [Fact]
    public void List_KeyFileMissing_SaysSoAndFailsTheCommand()
    {
        var result = CliRun.Invoke("dead-letters", "list", "--key-file", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("no API key", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ServerNotListening_SaysItCannotReachIt()
    {
        var key = Path.GetTempFileName();
        File.WriteAllText(key, "some-key");
        try
        {
            // Port 9 (discard) on loopback: nothing listens there in a test environment.
            var result = CliRun.Invoke("dead-letters", "replay", Guid.NewGuid().ToString(), "--server", "http://127.0.0.1:9", "--key-file", key);

            Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
            Assert.Contains("cannot reach the server", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(key);
        }
    }

    [Fact]
    public void Show_IdNotAGuid_IsAUsageError()
    {
        var result = CliRun.Invoke("dead-letters", "show", "not-an-id");

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
    }
}
