using System.Text.Json.Nodes;
using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.Playbooks.Running;

public sealed class QuestionAndCallTests : IDisposable
{
    private const string Ask = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: ask, name: Ask }
        inputs:
          ip: { type: ip, from: "${{ first_observable(alert, 'ip') }}" }
        steps:
          - id: ask
            approval:
              question: "What to do about ${{ inputs.ip }}?"
              answer: choice
              choices: [block, watch]
          - id: act
            switch: "${{ steps.ask.output.answer }}"
            cases:
              block: [ { id: block, action: simulation.block_ip, with: { ip: "${{ inputs.ip }}" } } ]
              watch: [ { id: watch, action: simulation.comment, with: { text: "watching" } } ]
        """;

    private const string Enrich = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: enrich-ip, name: Enrich an IP }
        inputs:
          ip: { type: ip, required: true }
        steps:
          - id: look
            action: simulation.lookup_ip
            with: { ip: "${{ inputs.ip }}" }
        outputs:
          verdict: "${{ steps.look.output.verdict }}"
        """;

    private const string Caller = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: caller, name: Caller }
        inputs:
          ip: { type: ip, from: "${{ first_observable(alert, 'ip') }}" }
        steps:
          - id: enrich
            playbook: enrich-ip
            with: { ip: "${{ inputs.ip }}" }
        outputs:
          verdict: "${{ steps.enrich.output.verdict }}"
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_QuestionWithApproveAll_AnswersTheFirstChoice()
    {
        var steps = Steps(Simulate(_temp.Write("ask.yaml", Ask), "--approve", "all"));

        Assert.Equal("What to do about 192.0.2.10?", (string?)steps["ask"]!["approval"]!["question"]);
        Assert.Equal("block", (string?)steps["ask"]!["output"]!["answer"]);
        Assert.Equal("case 'block'", (string?)steps["act"]!["branch"]);
        Assert.Equal("recorded_not_performed", (string?)steps["block"]!["effect"]);
    }

    [Fact]
    public void Run_QuestionWithApproveNone_IsRefusedAndTheRunDenied()
    {
        var result = Simulate(_temp.Write("ask.yaml", Ask), "--approve", "none");

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        var trace = JsonNode.Parse(result.Output)!;
        Assert.Equal("denied", (string?)trace["status"]);
        Assert.Equal("denied", (string?)trace["steps"]![0]!["status"]);
        Assert.Null(trace["steps"]![0]!["approval"]!["answer"]);
    }

    [Fact]
    public void Run_CallOfASiblingPlaybook_RunsItsStepsUnderTheCall()
    {
        _temp.Write("enrich-ip.yaml", Enrich);
        var result = Simulate(_temp.Write("caller.yaml", Caller));

        Assert.True(result.ExitCode == ExitCodes.Success, result.Output + result.Error);
        var steps = Steps(result);
        Assert.Equal("enrich", (string?)steps["enrich/look"]!["parent"]);
        Assert.Equal(1, (int)steps["enrich/look"]!["depth"]!);
        Assert.Equal("performed_read_only", (string?)steps["enrich/look"]!["effect"]);
        Assert.Equal("suspicious", (string?)JsonNode.Parse(result.Output)!["outputs"]!["verdict"]);
    }

    private CliResult Simulate(string playbook, params string[] more) =>
        CliRun.InvokeAt(new FixedClock(), ["playbook", "run", playbook, "--alert", _temp.Write("alert.json", RunSamples.SuspiciousIpAlert), "--simulate", "--format", "json", .. more]);

    private static Dictionary<string, JsonNode?> Steps(CliResult result) =>
        JsonNode.Parse(result.Output)!["steps"]!.AsArray().ToDictionary(s => (string)s!["id"]!);
}
