using AgentSoar.Cli.Playbooks.Running;
using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.Playbooks.Running;

/// <summary>Bad alert files, through the command: each gets its own message, exit code 2, and no trace.</summary>
public sealed class AlertFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_MissingAlert_SaysNoSuchFile()
    {
        var result = Simulate(Path.Combine(_temp.Path, "none.json"));

        AssertRefused(result, "none.json: error: no such file");
    }

    [Fact]
    public void Run_MalformedAlert_GivesLineAndColumn()
    {
        var alert = _temp.Write("bad.json", "{\n  \"class_uid\": 2004,\n  \"severity_id\": ,\n}");

        var result = Simulate(alert);

        AssertRefused(result, $"{alert}:3:18: error: not valid JSON: ");
    }

    [Fact]
    public void Run_AlertNotUtf8_IsRefused()
    {
        var alert = Path.Combine(_temp.Path, "latin1.json");
        File.WriteAllBytes(alert, [.. "{\"title\": \"caf"u8.ToArray(), 0xE9, .. "\"}"u8.ToArray()]);

        var result = Simulate(alert);

        AssertRefused(result, "not valid UTF-8 text (a bad byte near offset 14)");
    }

    [Fact]
    public void Run_AlertOverOneMebibyte_IsRefused()
    {
        var alert = _temp.Write("huge.json", $"{{\"message\": \"{new string('a', AlertFile.MaxBytes)}\"}}");

        var result = Simulate(alert);

        AssertRefused(result, "the file is over 1048576 bytes (1 MiB)");
    }

    [Fact]
    public void Run_AlertThatIsAList_IsRefused()
    {
        var alert = _temp.Write("list.json", "[{\"class_uid\": 2004}]");

        var result = Simulate(alert);

        AssertRefused(result, "the alert must be a JSON object (an OCSF finding), not array");
    }

    [Fact]
    public void Run_AlertWithByteOrderMark_IsRead()
    {
        var alert = Path.Combine(_temp.Path, "bom.json");
        File.WriteAllBytes(alert, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(RunSamples.BeaconAlert)]);

        var result = Simulate(alert);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
    }

    private static CliResult Simulate(string alert) =>
        CliRun.InvokeAt(new FixedClock(), "playbook", "run", RunSamples.BlockMaliciousIp, "--alert", alert, "--simulate");

    private static void AssertRefused(CliResult result, string message)
    {
        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }
}
