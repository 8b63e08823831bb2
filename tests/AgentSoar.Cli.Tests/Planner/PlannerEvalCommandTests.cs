using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using AgentSoar.Cli.Planner;
using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.Planner;

public sealed class PlannerEvalCommandTests : IDisposable
{
    private static readonly string ShippedSet = Path.Combine(RepositoryRoot.Path, "eval", "planner-sigma");
    private static readonly string Playbooks = Path.Combine(RepositoryRoot.Path, "playbooks");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// The shipped labelled set with the rules planner: exact counts, so any change to the rules, the playbooks, the
    /// labels or intake shows here and is looked at, whichever way it moves the numbers.
    /// </summary>
    [Fact]
    public void Eval_ShippedSigmaSetWithRules_ReportsTheExactCounts()
    {
        var result = CliRun.Invoke("planner", "eval", ShippedSet, "--playbooks", Playbooks, "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var report = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("rules", report.GetProperty("planner").GetString());
        Assert.Equal(62, report.GetProperty("cases").GetInt32());
        Assert.Equal(35, report.GetProperty("correct").GetInt32());
        Assert.Equal(35, report.GetProperty("top3").GetInt32());
        Assert.Equal(0, report.GetProperty("fallbacks").GetInt32());
        Assert.Equal(0.5645, report.GetProperty("accuracy").GetDouble());
        Assert.Equal(0.5645, report.GetProperty("top3_accuracy").GetDouble());
        Assert.Equal(0, report.GetProperty("fallback_rate").GetDouble());
        Assert.True(report.GetProperty("latency_p50_ms").GetDouble() <= report.GetProperty("latency_p95_ms").GetDouble());
        var rows = report.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(62, rows.Count);
        Assert.Equal(35, rows.Count(r => r.GetProperty("correct").GetBoolean()));
        Assert.Equal(28, rows.Count(r => r.GetProperty("expected").GetString() == "none"));
        Assert.All(rows, r => Assert.True(r.GetProperty("top3").GetArrayLength() <= 3));
        Assert.All(rows, r => Assert.Equal(r.GetProperty("expected").GetString() == r.GetProperty("chosen").GetString(), r.GetProperty("correct").GetBoolean()));
    }

    [Fact]
    public void Eval_Text_PrintsALinePerAlertAndTheSummary()
    {
        var result = CliRun.Invoke("planner", "eval", ShippedSet, "--playbooks", Playbooks);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("ok   69ca12af-119d-44ed-b50f-a47af0ebc364: expected credential-dumping, chose credential-dumping", result.Output, StringComparison.Ordinal);
        Assert.Contains("\ncases: 62\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("\naccuracy: 35/62 (56.5%)\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("\ntop-3 accuracy: 35/62 (56.5%)\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("\nfallback rate: 0/62 (0.0%)\n", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\nlatency: p50 \d+\.\d ms, p95 \d+\.\d ms\n", result.Output);
    }

    [Fact]
    public void Eval_LlmPlannerWithTheEndpointDown_EveryAlertFallsBackToTheRules()
    {
        foreach (var name in new[] { "69ca12af-119d-44ed-b50f-a47af0ebc364", "5de03871-5d46-4539-a82d-3aa992a69a83" })
        {
            File.Copy(Path.Combine(ShippedSet, name + ".json"), Path.Combine(_temp.Path, name + ".json"));
        }

        var result = CliRun.Invoke("planner", "eval", _temp.Path, "--playbooks", Playbooks, "--planner", "llm", "--endpoint", $"http://127.0.0.1:{ClosedPort()}/v1", "--model", "m", "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var report = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("llm (m)", report.GetProperty("planner").GetString());
        Assert.Equal(2, report.GetProperty("fallbacks").GetInt32());
        Assert.Equal(1.0, report.GetProperty("fallback_rate").GetDouble());
        Assert.Equal(2, report.GetProperty("correct").GetInt32());
        Assert.StartsWith("the model endpoint could not be reached", report.GetProperty("results")[0].GetProperty("fallback_reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_LlmWithoutEndpoint_IsAUsageError()
    {
        var result = CliRun.Invoke("planner", "eval", ShippedSet, "--planner", "llm");

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("--planner llm needs --endpoint and --model.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_CaseWithoutExpected_ExitsTwoNamingTheFile()
    {
        File.WriteAllText(Path.Combine(_temp.Path, "broken.json"), """{"alert": {}}""");

        var result = CliRun.Invoke("planner", "eval", _temp.Path, "--playbooks", Playbooks);

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("broken: expected an object with \"expected\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_MissingFolder_ExitsTwo()
    {
        var result = CliRun.Invoke("planner", "eval", Path.Combine(_temp.Path, "nope"), "--playbooks", Playbooks);

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.50, 2.0)]
    [InlineData(0.95, 4.0)]
    public void Percentile_NearestRank_PicksTheValueAtTheRank(double p, double expected)
    {
        Assert.Equal(expected, EvalReport.Percentile([1.0, 2.0, 3.0, 4.0], p));
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
