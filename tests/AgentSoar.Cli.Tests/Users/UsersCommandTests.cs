using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.Users;

/// <summary>What <c>agentsoar users</c> says before it calls a server; the command against a real one is in the API tests.</summary>
public sealed class UsersCommandTests
{
    [Fact]
    public void Add_PasswordFileMissing_SaysSoAndFailsTheCommand()
    {
        var key = Path.GetTempFileName();
        File.WriteAllText(key, "some-key");
        try
        {
            var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
            var result = CliRun.Invoke("users", "add", "ada", "--role", "admin", "--password-file", missing, "--server", "http://127.0.0.1:9", "--key-file", key);

            Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
            Assert.Contains("no password file", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(key);
        }
    }

    [Fact]
    public void Add_WithoutRole_IsAUsageError()
    {
        var result = CliRun.Invoke("users", "add", "ada");

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("--role", result.Error, StringComparison.Ordinal);
    }
}
