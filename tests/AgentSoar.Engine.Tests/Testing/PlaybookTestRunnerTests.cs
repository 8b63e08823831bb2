using AgentSoar.Contracts;
using AgentSoar.Engine.Approvals;
using AgentSoar.Engine.Testing;
using static AgentSoar.Engine.Tests.Runs.EngineFixture;

namespace AgentSoar.Engine.Tests.Testing;

public sealed class PlaybookTestRunnerTests
{
    private const string Alert = """
            alert:
              class_uid: 2004
              severity_id: 3
              finding_info: { uid: u, title: Beacon }
              observables: [ { type_id: 2, value: 203.0.113.7 } ]
        """;

    private static PlaybookTestResult RunOne(string caseYaml)
    {
        var (suite, errors) = PlaybookTestReader.Read("block-ip.test.yaml", "cases:\n  - name: case\n" + Alert + "\n" + caseYaml);
        Assert.True(suite is not null, string.Join("\n", errors));
        return PlaybookTestRunner.Run(Load(BlockIp), Assert.Single(suite.Cases), ApprovalPolicy.Default, new Traits());
    }

    [Fact]
    public void Run_ScriptMatchesExpectation_Passes()
    {
        var result = RunOne("""
                actions:
                  enrich: { output: { verdict: malicious } }
                  block: { output: { blocked: true } }
                  ticket: { output: {} }
                approvals: { block: approve }
                expect:
                  status: succeeded
                  path: [enrich, verdict, block, ticket]
                  steps: { note: not_run }
                  outputs: { blocked: true }
            """);

        Assert.True(result.Passed, string.Join("\n", result.Failures));
        Assert.Equal("203.0.113.7", result.Run!.FindStep("block")!.Inputs!["ip"]!.GetValue<string>());
    }

    [Fact]
    public void Run_WrongExpectations_SaysEachDifference()
    {
        var result = RunOne("""
                actions:
                  enrich: { output: { verdict: clean } }
                  note: { output: {} }
                  ticket: { output: {} }
                expect:
                  status: denied
                  steps: { block: succeeded }
                  outputs: { blocked: true }
            """);

        Assert.Contains("status: expected denied, got succeeded", result.Failures);
        Assert.Contains("step 'block': expected succeeded, got not_run", result.Failures);
        Assert.Contains("output 'blocked': expected true, got false", result.Failures);
    }

    [Fact]
    public void Run_MissingScriptAndDecision_AreReportedNotGuessed()
    {
        var result = RunOne("""
                actions:
                  enrich: { output: { verdict: malicious } }
                expect:
                  status: denied
            """);

        Assert.Contains(result.Failures, f => f.Contains("step 'block' asks for approval", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures, f => f.StartsWith("status", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ActionWithoutScriptedResult_IsReported()
    {
        var result = RunOne("""
                expect:
                  status: failed
            """);

        Assert.Contains(result.Failures, f => f.Contains("step 'enrich' runs intel.lookup but the test gives it no result", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_LongWait_JumpsTheClockInsteadOfWaiting()
    {
        var playbook = Load("""
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: slow, name: Slow }
            steps:
              - id: cool_off
                wait: { for: 24h }
              - { id: note, action: case.comment, with: { text: done } }
            """);
        var (suite, _) = PlaybookTestReader.Read("slow.test.yaml", "cases:\n  - name: waits a day\n" + Alert + """

                actions: { note: { output: {} } }
                expect: { status: succeeded, path: [cool_off, note] }
            """);

        var result = PlaybookTestRunner.Run(playbook, suite!.Cases[0], ApprovalPolicy.Default, new Traits());

        Assert.True(result.Passed, string.Join("\n", result.Failures));
        Assert.Equal(TimeSpan.FromDays(1), result.Run!.FindStep("cool_off")!.FinishedAt - result.Run.FindStep("cool_off")!.StartedAt);
    }

    [Fact]
    public void Read_InvalidFile_ReportsEveryProblemWithItsPlace()
    {
        var (suite, errors) = PlaybookTestReader.Read("x.test.yaml", """
            cases:
              - name: one
                actions: { enrich: { outptu: 1 } }
                approvals: { block: maybe }
              - name: two
                alert: {}
            """);

        Assert.Null(suite);
        Assert.Contains(errors, e => e.StartsWith("x.test.yaml: cases[0] (one): 'alert' is required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("actions.enrich: give 'output: ...' or 'fail: KIND'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("approvals.block: must be approve, reject, expire, or { answer: ... } for a question", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("x.test.yaml: cases[1] (two): 'expect'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PlaybookId_DefaultsToTheFileName()
    {
        var (suite, _) = PlaybookTestReader.Read("dir/block-ip.test.yaml", "cases:\n  - name: a\n" + Alert + "\n    expect: { status: succeeded }\n");

        Assert.Equal("block-ip", suite!.PlaybookId);
    }

    private sealed class Traits : IActionTraitsLookup
    {
        public ActionTraits? Find(string connector, string action) =>
            action == "lookup" ? new ActionTraits(RiskLevel.Low, false) : action == "block" ? new ActionTraits(RiskLevel.High, true) : new ActionTraits(RiskLevel.Low, true);
    }
}
