using System.Text.Json.Nodes;
using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.Playbooks.Running;

public sealed class PlaybookRunCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_BlockMaliciousIpOnBeacon_BlockIsRecordedNotPerformed()
    {
        var result = Simulate(RunSamples.BlockMaliciousIp, RunSamples.BeaconAlert);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Output + result.Error);
        Assert.StartsWith("run of block-malicious-ip v2 (simulation): succeeded", result.OutputLines[0], StringComparison.Ordinal);
        var block = StepBlock(result, "block");
        Assert.StartsWith("  - block [action simulation.block_ip] succeeded", block[0], StringComparison.Ordinal);
        Assert.Contains("      effect: recorded, not performed: would run simulation.block_ip with the inputs below", block);
        Assert.Contains("      inputs: {\"ip\":\"203.0.113.7\",\"duration\":\"24h\"}", block);
        Assert.Contains(block, l => l.StartsWith("      approval: 1 approver(s) for a high-risk action", StringComparison.Ordinal) && l.Contains("granted", StringComparison.Ordinal));
        Assert.Contains("simulated run succeeded: 4 step(s), 2 mutating action(s) recorded, none performed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BlockMaliciousIpOnBeacon_LookupRunsAndBranchShowsItsExpression()
    {
        var result = Simulate(RunSamples.BlockMaliciousIp, RunSamples.BeaconAlert);

        var enrich = StepBlock(result, "enrich");
        Assert.Contains("    effect: performed: a read-only action", enrich);
        Assert.Contains(enrich, l => l.StartsWith("    output: {", StringComparison.Ordinal) && l.Contains("\"verdict\":\"malicious\"", StringComparison.Ordinal));
        Assert.Contains(
            "    branch: then (the condition `steps.enrich.output.verdict == 'malicious'` was true: took 'then')",
            StepBlock(result, "verdict"));
    }

    [Fact]
    public void Run_ApproveNone_DeniesTheBlockAndExitsOne()
    {
        var result = Simulate(RunSamples.BlockMaliciousIp, RunSamples.BeaconAlert, "--approve", "none");

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        Assert.StartsWith("run of block-malicious-ip v2 (simulation): denied", result.OutputLines[0], StringComparison.Ordinal);
        var block = StepBlock(result, "block");
        Assert.StartsWith("  - block [action simulation.block_ip] denied", block[0], StringComparison.Ordinal);
        Assert.Contains(block, l => l.StartsWith("      approval: ", StringComparison.Ordinal) && l.Contains("denied by", StringComparison.Ordinal));
        Assert.DoesNotContain(block, l => l.Contains("effect:", StringComparison.Ordinal));
        Assert.DoesNotContain(result.OutputLines, l => l.Contains("notify_soc", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SuspiciousIp_TakesTheElseBranchAndRecordsNoBlock()
    {
        var alert = _temp.Write("suspicious.json", RunSamples.SuspiciousIpAlert);

        var result = Simulate(RunSamples.BlockMaliciousIp, alert);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(StepBlock(result, "verdict"), l => l.StartsWith("    branch: else (", StringComparison.Ordinal));
        Assert.DoesNotContain(result.OutputLines, l => l.Contains("- block ", StringComparison.Ordinal));
        Assert.StartsWith("  - note [action cases.comment] succeeded", StepBlock(result, "note")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithoutSimulate_RefusesAndPointsAtTheServer()
    {
        var result = CliRun.InvokeAt(new FixedClock(), "playbook", "run", RunSamples.BlockMaliciousIp, "--alert", RunSamples.BeaconAlert);

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("needs --simulate", result.Error, StringComparison.Ordinal);
        Assert.Contains("Real runs go through the server", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_JsonFormat_GivesEachStepItsFieldsAndEffect()
    {
        var result = Simulate(RunSamples.BlockMaliciousIp, RunSamples.BeaconAlert, "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var trace = JsonNode.Parse(result.Output)!.AsObject();
        Assert.Equal(1, (int)trace["trace_version"]!);
        Assert.Equal("simulation", (string?)trace["mode"]);
        Assert.Equal("succeeded", (string?)trace["status"]);
        var steps = trace["steps"]!.AsArray().ToDictionary(s => (string)s!["id"]!);
        Assert.Equal(["enrich", "verdict", "block", "notify_soc"], steps.Keys);
        Assert.Equal("performed_read_only", (string?)steps["enrich"]!["effect"]);
        Assert.Equal("recorded_not_performed", (string?)steps["block"]!["effect"]);
        Assert.Equal("then", (string?)steps["verdict"]!["branch"]);
        Assert.Contains("steps.enrich.output.verdict == 'malicious'", (string?)steps["verdict"]!["detail"], StringComparison.Ordinal);
        Assert.Equal("verdict", (string?)steps["block"]!["parent"]);
        Assert.Equal("granted", (string?)steps["block"]!["approval"]!["decision"]);
        Assert.Equal(FixedClock.Instant, steps["block"]!["started_at"]!.GetValue<DateTimeOffset>());
        Assert.True(steps["block"]!["simulated"]!.GetValue<bool>());
        Assert.Equal("webhook", (string?)steps["notify_soc"]!["output"]!["connector"]);
    }

    [Fact]
    public void Run_DayLongWait_IsNotWaitedOutButTimedAsADay()
    {
        var playbook = _temp.Write("wait.yaml", RunSamples.WaitAndSwitch);
        var alert = _temp.Write("alert.json", RunSamples.SuspiciousIpAlert);

        var result = Simulate(playbook, alert, "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Output + result.Error);
        var steps = JsonNode.Parse(result.Output)!["steps"]!.AsArray().ToDictionary(s => (string)s!["id"]!);
        Assert.Equal(TimeSpan.FromDays(1).TotalMilliseconds, (double)steps["pause"]!["duration_ms"]!);
        Assert.Contains("moved the clock on", (string?)steps["pause"]!["notes"]![0], StringComparison.Ordinal);
        Assert.Equal("case '3'", (string?)steps["triage"]!["branch"]);
        Assert.True(steps.ContainsKey("medium"));
        Assert.False(steps.ContainsKey("other"));
    }

    [Fact]
    public void Run_RetriedStep_ShowsEveryFailedAttempt()
    {
        var playbook = _temp.Write("retried.yaml", RunSamples.RetriedLookup);
        var alert = _temp.Write("alert.json", RunSamples.SuspiciousIpAlert);

        var text = Simulate(playbook, alert);
        var json = Simulate(playbook, alert, "--format", "json");

        Assert.Equal(ExitCodes.ProblemsFound, text.ExitCode);
        var look = JsonNode.Parse(json.Output)!["steps"]![0]!;
        Assert.Equal(2, (int)look["attempt"]!);
        Assert.Equal("invalid_input", (string?)look["error_kind"]);
        Assert.Equal("invalid_input", (string?)look["previous_attempts"]![0]!["error_kind"]);
        Assert.Contains(StepBlock(text, "look"), l => l.StartsWith("    attempt 1: failed (invalid_input): ", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SecretInputsAndOutputs_AreMaskedInBothFormats()
    {
        var playbook = _temp.Write("token.yaml", RunSamples.PostsAToken);
        var alert = _temp.Write("alert.json", RunSamples.SuspiciousIpAlert);

        var text = Simulate(playbook, alert, "--input", "token=s3cr3t-value-123", "--input", "level=2");
        var json = Simulate(playbook, alert, "--input", "token=s3cr3t-value-123", "--format", "json");

        Assert.True(text.ExitCode == ExitCodes.Success, text.Output + text.Error);
        Assert.DoesNotContain("s3cr3t-value-123", text.Output + text.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value-123", json.Output + json.Error, StringComparison.Ordinal);
        Assert.Contains("      inputs: {\"endpoint\":\"soc\",\"body\":{\"api_token\":\"***\",\"level\":2}}".TrimStart(), text.Output, StringComparison.Ordinal);
        var post = JsonNode.Parse(json.Output)!["steps"]![0]!;
        Assert.Equal("***", (string?)post["output"]!["input"]!["body"]!["api_token"]);
        Assert.Equal(1, (int)post["inputs"]!["body"]!["level"]!);
    }

    [Fact]
    public void Run_InputGiven_WinsOverTheAlert()
    {
        var result = Simulate(RunSamples.BlockMaliciousIp, RunSamples.BeaconAlert, "--input", "ip=192.0.2.10");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("  inputs: {\"ip\":\"192.0.2.10\"}", result.OutputLines);
        Assert.Contains(StepBlock(result, "verdict"), l => l.StartsWith("    branch: else", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ip", "expected name=value")]
    [InlineData("nope=1", "input 'nope' is not declared by playbook 'block-malicious-ip'")]
    [InlineData("ip=not-an-ip", "input 'ip': expected an IP address")]
    public void Run_BadInput_SaysWhyAndExitsTwo(string input, string message)
    {
        var result = Simulate(RunSamples.BlockMaliciousIp, RunSamples.BeaconAlert, "--input", input);

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InvalidPlaybook_PrintsItsProblemsAndExitsTwo()
    {
        var playbook = _temp.Write("broken.yaml", TestSupport.SamplePlaybooks.Broken);

        var result = Simulate(playbook, RunSamples.BeaconAlert);

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains($"{playbook}:11:13: error: unknown action 'firewall.block_ip'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingPlaybook_ExitsTwo()
    {
        var result = Simulate(Path.Combine(_temp.Path, "ghost.yaml"), RunSamples.BeaconAlert);

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("ghost.yaml: error: no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoAlertOption_IsAUsageError()
    {
        var result = CliRun.InvokeAt(new FixedClock(), "playbook", "run", RunSamples.BlockMaliciousIp, "--simulate");

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("--alert", result.Error, StringComparison.Ordinal);
    }

    private static CliResult Simulate(string playbook, string alert, params string[] more) =>
        CliRun.InvokeAt(new FixedClock(), ["playbook", "run", playbook, "--alert", alert, "--simulate", .. more]);

    /// <summary>The lines of one step in the text trace: its own line and the indented lines under it.</summary>
    private static List<string> StepBlock(CliResult result, string id)
    {
        var lines = result.OutputLines;
        var start = lines.ToList().FindIndex(l => l.TrimStart().StartsWith($"- {id} [", StringComparison.Ordinal));
        Assert.True(start >= 0, $"no step '{id}' in:\n{result.Output}");
        var indent = lines[start].IndexOf('-', StringComparison.Ordinal);
        var block = new List<string> { lines[start] };
        block.AddRange(lines.Skip(start + 1).TakeWhile(l => !l.TrimStart().StartsWith("- ", StringComparison.Ordinal) && l.Length - l.TrimStart().Length > indent));
        return block;
    }
}
