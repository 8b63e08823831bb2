using AgentSoar.Engine.Approvals;
using AgentSoar.Engine.Testing;
using AgentSoar.Playbooks.Loading;
using static AgentSoar.Engine.Tests.Runs.EngineFixture;

namespace AgentSoar.Engine.Tests.Testing;

/// <summary>Test files script loops, retries, questions and called playbooks as well as plain actions.</summary>
public sealed class PlaybookTestRunnerConstructsTests
{
    private const string Playbook = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: constructs, name: Constructs }
        steps:
          - id: ask
            approval: { question: Which?, answer: choice, choices: [each, none] }
          - id: each
            if: "${{ steps.ask.output.answer == 'each' }}"
            foreach: "${{ ['a', 'b'] }}"
            do:
              - id: look
                action: intel.lookup
                with: { item: "${{ loop.item }}" }
                retry: { attempts: 2, delay: 1m }
          - id: sub
            playbook: helper
        outputs:
          rounds: "${{ steps.each.output }}"
          helped: "${{ steps.sub.output.done }}"
        """;

    private const string Helper = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: helper, name: Helper }
        steps:
          - id: work
            action: intel.lookup
        outputs:
          done: "${{ steps.work.output.ok }}"
        """;

    private static PlaybookTestResult RunOne(string caseYaml)
    {
        var text = "cases:\n  - name: case\n    alert: { class_uid: 2004, severity_id: 3 }\n" + caseYaml;
        var (suite, errors) = PlaybookTestReader.Read("constructs.test.yaml", text);
        Assert.True(suite is not null, string.Join("\n", errors));
        var playbooks = new PlaybookCatalog([Load(Playbook), Load(Helper)]);
        return PlaybookTestRunner.Run(playbooks.Find("constructs")!, Assert.Single(suite.Cases), ApprovalPolicy.Default, new Traits(), playbooks);
    }

    [Fact]
    public void Run_AnswerLoopRetryAndCall_AllScripted()
    {
        var result = RunOne("""
                approvals: { ask: { answer: each } }
                actions:
                  look: [ { fail: transient }, { output: { seen: true } } ]
                  work: { output: { ok: yes } }
                expect:
                  status: succeeded
                  steps: { "each[1]/look": succeeded, "sub/work": succeeded }
                  outputs: { helped: "yes" }
            """);

        Assert.True(result.Passed, string.Join("\n", result.Failures));
        Assert.Equal(2, result.Run!.FindStep("each[0]/look")!.Attempt);
    }

    [Fact]
    public void Run_OneRoundScriptedByInstanceId_OverridesTheOthers()
    {
        var result = RunOne("""
                approvals: { ask: { answer: each } }
                actions:
                  look: { output: { seen: true } }
                  "each[1]/look": { fail: permanent, error: refused }
                  work: { output: { ok: yes } }
                expect:
                  status: failed
                  steps: { "each[0]/look": succeeded, "each[1]/look": failed }
            """);

        Assert.True(result.Passed, string.Join("\n", result.Failures));
    }

    [Fact]
    public void Read_AnswerMappingWithAnythingElse_IsReported()
    {
        var (suite, errors) = PlaybookTestReader.Read("x.test.yaml", "cases:\n  - name: c\n    alert: {}\n    approvals: { ask: { answr: each } }\n    expect: { status: succeeded }\n");

        Assert.Null(suite);
        Assert.Contains(errors, e => e.Contains("approvals.ask: must be approve, reject, expire, or { answer: ... } for a question", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MisspeltKeys_AreReportedWithASuggestion()
    {
        var (suite, errors) = PlaybookTestReader.Read("x.test.yaml", """
            cases:
              - name: c
                alert: {}
                actons: { look: { output: {} } }
                expect: { status: succeeded, output: { done: true } }
            """);

        Assert.Null(suite);
        Assert.Contains("x.test.yaml: cases[0] (c): unknown key 'actons': expected name, alert, inputs, actions, approvals, expect; did you mean 'actions'?", errors);
        Assert.Contains("x.test.yaml: cases[0] (c): expect: unknown key 'output': expected status, steps, path, outputs; did you mean 'outputs'?", errors);
    }
}
