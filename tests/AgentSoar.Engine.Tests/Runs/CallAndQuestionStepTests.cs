using System.Text.Json.Nodes;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Loading;
using static AgentSoar.Engine.Tests.Runs.EngineFixture;

namespace AgentSoar.Engine.Tests.Runs;

public sealed class CallAndQuestionStepTests
{
    private const string Enrich = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: enrich-ip, name: Enrich an IP, version: 3 }
        inputs:
          ip: { type: ip, required: true }
          depth: { type: number, default: 1 }
        steps:
          - id: look
            action: intel.lookup
            with: { ip: "${{ inputs.ip }}", depth: "${{ inputs.depth }}" }
          - id: remember
            set: { verdict: "${{ steps.look.output.verdict }}" }
        outputs:
          verdict: "${{ vars.verdict }}"
        """;

    private const string Caller = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: caller, name: Caller }
        inputs:
          ip: { type: ip, from: "${{ first_observable(alert, 'ip') }}" }
        steps:
          - id: look
            action: intel.lookup
          - id: enrich
            playbook: enrich-ip
            with: { ip: "${{ inputs.ip }}" }
          - id: after
            action: intel.lookup
            with: { verdict: "${{ steps.enrich.output.verdict }}", own: "${{ steps.look.output.mine }}" }
        """;

    private static RunDriver Drive(string caller, params string[] catalog)
    {
        var playbook = Load(caller);
        var lookup = new PlaybookCatalog(catalog.Select(Load).Append(playbook));
        return new RunDriver(playbook, Context(playbook) with { Playbooks = lookup });
    }

    [Fact]
    public void Call_RunsTheCalledStepsInTheirOwnFrameAndReturnsItsOutputs()
    {
        var run = Drive(Caller, Enrich);
        run.Succeed("look", new JsonObject { ["mine"] = "caller's" });

        Assert.Equal(["enrich/look"], run.Running());
        Assert.Equal(("203.0.113.7", 1L), (run.Dispatched.Last().Inputs["ip"]!.GetValue<string>(), run.Dispatched.Last().Inputs["depth"]!.GetValue<long>()));
        run.Succeed("enrich/look", new JsonObject { ["verdict"] = "malicious" });

        Assert.Equal("malicious", run.Step("enrich").Output!["verdict"]!.GetValue<string>());
        Assert.Equal(("malicious", "caller's"), (run.Dispatched.Last().Inputs["verdict"]!.GetValue<string>(), run.Dispatched.Last().Inputs["own"]!.GetValue<string>()));
        Assert.False(run.State.Vars.ContainsKey("verdict"), "the called playbook's variables stay its own");
    }

    [Fact]
    public void Call_PinsTheCalledPlaybookWhenItStarts()
    {
        var run = Drive(Caller, Enrich);
        run.Succeed("look");

        Assert.Equal(Load(Enrich).SourceText, run.Step("enrich").PlaybookSource);
        Assert.Contains(run.Commands.OfType<RecordAudit>(), a => a.Kind == "playbook_called" && a.Data["version"]!.GetValue<int>() == 3);
    }

    [Fact]
    public void Call_UnknownPlaybook_Fails()
    {
        var run = Drive(Caller);
        run.Succeed("look");

        Assert.Equal(RunStatus.Failed, run.State.Status);
        Assert.Equal(("not_found", "no playbook 'enrich-ip' is in service"), (run.Step("enrich").ErrorKind, run.Step("enrich").Error));
    }

    [Fact]
    public void Call_MissingRequiredInput_FailsBeforeAnythingRuns()
    {
        var run = Drive(Caller.Replace("with: { ip: \"${{ inputs.ip }}\" }", "with: {}", StringComparison.Ordinal), Enrich);
        run.Succeed("look");

        Assert.Equal("invalid_input", run.Step("enrich").ErrorKind);
        Assert.Contains("ip", run.Step("enrich").Error, StringComparison.Ordinal);
        Assert.DoesNotContain(run.State.Steps, s => s.Id.StartsWith("enrich/", StringComparison.Ordinal));
    }

    [Fact]
    public void Call_ThatCallsItsCallerAgain_FailsAsACycle()
    {
        var loop = Enrich.Replace("""
          - id: remember
            set: { verdict: "${{ steps.look.output.verdict }}" }
        """, """
          - id: remember
            set: { verdict: "${{ steps.look.output.verdict }}" }
          - id: again
            playbook: caller
        """, StringComparison.Ordinal);
        var run = Drive(Caller, loop);
        run.Succeed("look");
        run.Succeed("enrich/look");

        Assert.Equal(RunStatus.Failed, run.State.Status);
        Assert.Contains("a cycle", run.Step("enrich/again").Error, StringComparison.Ordinal);
    }

    private const string Question = """
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
              role: responder
              expires: 30m
              DEFAULT
          - id: act
            switch: "${{ steps.ask.output.answer }}"
            cases:
              block: [ { id: block, action: intel.lookup } ]
              watch: [ { id: watch, action: intel.lookup } ]
        """;

    [Fact]
    public void Question_AsksThroughTheGateWithTheRenderedTextAndChoices()
    {
        var run = new RunDriver(Load(Question.Replace("DEFAULT", string.Empty, StringComparison.Ordinal)));

        var request = Assert.Single(run.Commands.OfType<RequestApproval>());
        Assert.Equal(("What to do about 203.0.113.7?", "choice", "responder"), (request.Question!.Text, request.Question.AnswerKind, request.Role));
        Assert.Equal(["block", "watch"], request.Question.Choices);
        Assert.Equal(T0.AddMinutes(30), request.ExpiresAt);
        Assert.Equal(RunStatus.WaitingApproval, run.State.Status);
    }

    [Fact]
    public void Question_Answered_IsTheOutputAndDecidesTheBranch()
    {
        var run = new RunDriver(Load(Question.Replace("DEFAULT", string.Empty, StringComparison.Ordinal)));

        run.Decide("ask", approved: true, answer: "watch", by: "bob");

        Assert.Equal("watch", run.Step("ask").Output!["answer"]!.GetValue<string>());
        Assert.Equal(["watch"], run.Running());
    }

    [Fact]
    public void Question_AnswerNotAmongTheChoices_FailsTheStep()
    {
        var run = new RunDriver(Load(Question.Replace("DEFAULT", string.Empty, StringComparison.Ordinal)));

        run.Decide("ask", approved: true, answer: "nuke");

        Assert.Equal(StepStatus.Failed, run.Step("ask").Status);
        Assert.Equal("the answer 'nuke' is not one of block, watch", run.Step("ask").Error);
    }

    [Fact]
    public void Question_ExpiredWithADefault_TakesTheDefault()
    {
        var run = new RunDriver(Load(Question.Replace("DEFAULT", "default: watch", StringComparison.Ordinal)));

        run.Apply(new ApprovalResolved(run.Now, run.Step("ask").ApprovalId!.Value, "ask", false, "expired", [], null));

        Assert.True(run.Step("ask").Output!["expired"]!.GetValue<bool>());
        Assert.Equal(["watch"], run.Running());
    }

    [Fact]
    public void Question_ExpiredWithoutADefault_FailsAsATimeout()
    {
        var run = new RunDriver(Load(Question.Replace("DEFAULT", string.Empty, StringComparison.Ordinal)));

        run.Apply(new ApprovalResolved(run.Now, run.Step("ask").ApprovalId!.Value, "ask", false, "expired", [], null));

        Assert.Equal(("timeout", RunStatus.Failed), (run.Step("ask").ErrorKind, run.State.Status));
    }

    [Fact]
    public void YesNoQuestion_Rejected_AnswersNo()
    {
        var run = new RunDriver(Load("""
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: yes-no, name: Yes or no }
            steps:
              - id: ask
                approval: { question: Contain the host? }
            outputs:
              answer: "${{ steps.ask.output.answer }}"
            """));

        run.Decide("ask", approved: false);

        Assert.Equal(RunStatus.Succeeded, run.State.Status);
        Assert.Equal("no", run.State.Outputs!["answer"]!.GetValue<string>());
    }
}
