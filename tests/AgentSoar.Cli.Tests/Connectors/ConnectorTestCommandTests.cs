using AgentSoar.Cli.Tests.TestSupport;
using AgentSoar.Connectors.Testing;

namespace AgentSoar.Cli.Tests.Connectors;

/// <summary><c>agentsoar connector test PATH</c> runs the conformance kit against a built plugin.</summary>
public sealed class ConnectorTestCommandTests
{
    [Fact]
    public void Test_ConformingPluginFolder_PassesEveryCheckAndExitsZero()
    {
        var result = CliRun.Invoke("connector", "test", BuiltPlugin("AgentSoar.TestPlugin.Alpha"));

        Assert.True(result.ExitCode == ExitCodes.Success, result.Output + result.Error);
        Assert.Contains("alpha (AgentSoar.TestPlugin.Alpha.AlphaConnector)", result.OutputLines);
        foreach (var check in ConformanceRunner.Checks)
        {
            Assert.Contains(result.OutputLines, line => line.StartsWith($"  pass  {check.Name}: ", StringComparison.Ordinal));
        }

        Assert.Contains("6 check(s): 6 passed, 0 failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_NonconformingPluginDll_FailsTheBrokenCheckWithTheReason()
    {
        using var temp = new TempFolder();
        var config = temp.Write("nonconforming.json", """{ "Region": "eu-1" }""");
        var dll = Path.Combine(BuiltPlugin("AgentSoar.TestPlugin.Nonconforming"), "AgentSoar.TestPlugin.Nonconforming.dll");

        var result = CliRun.Invoke("connector", "test", dll, "--config", config);

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        var lines = result.OutputLines.ToList();
        var metadata = lines.FindIndex(line => line.StartsWith($"  FAIL  {ConformanceRunner.Metadata.Name}: ", StringComparison.Ordinal));
        Assert.True(metadata >= 0, result.Output);
        Assert.Contains("zap: OpenC2 action 'zap' is not an OpenC2 action", lines[metadata + 1], StringComparison.Ordinal);
        Assert.Contains($"  pass  {ConformanceRunner.Schemas.Name}: {ConformanceRunner.Schemas.Description}", lines);
        Assert.Contains(" failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_WithoutTheConfigTheConnectorNeeds_EveryCheckFailsNamingTheSetting()
    {
        var result = CliRun.Invoke("connector", "test", BuiltPlugin("AgentSoar.TestPlugin.Nonconforming"));

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        Assert.Contains($"  FAIL  {ConformanceRunner.Schemas.Name}: {ConformanceRunner.Schemas.Description}", result.OutputLines);
        Assert.Contains(result.OutputLines, line => line.Contains("could not run", StringComparison.Ordinal) && line.Contains("AgentSoar:Connectors:nonconforming:Region", StringComparison.Ordinal));
        Assert.Contains("0 passed, 6 failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_ConfigFileThatIsNotJson_FailsAsCommandError()
    {
        using var temp = new TempFolder();
        var config = temp.Write("bad.json", "{ not json");

        var result = CliRun.Invoke("connector", "test", BuiltPlugin("AgentSoar.TestPlugin.Alpha"), "--config", config);

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("bad.json", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_FolderWithoutAPlugin_FailsAsCommandErrorSayingWhatWasExpected()
    {
        using var temp = new TempFolder();
        var empty = temp.Folder("empty");

        var result = CliRun.Invoke("connector", "test", empty);

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("expected one .deps.json with its .dll, or empty.dll", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    /// <summary>The build folder of a test plugin (same configuration as this test assembly).</summary>
    private static string BuiltPlugin(string project)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var built = Path.Combine(RepositoryRoot.Path, "tests", "Plugins", project, "bin", configuration, "net10.0");
        Assert.True(Directory.Exists(built), $"the test plugin is not built: {built}");
        return built;
    }
}
