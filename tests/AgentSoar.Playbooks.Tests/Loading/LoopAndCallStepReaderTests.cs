using AgentSoar.Playbooks.Model;
using static AgentSoar.Playbooks.Tests.Loading.LoadAssert;
using static AgentSoar.Playbooks.Tests.Loading.SamplePlaybooks;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class LoopAndCallStepReaderTests
{
    [Fact]
    public void Read_Foreach_HasListConcurrencyLimitAndBody()
    {
        var result = Load(WithSteps("""
              - id: each
                foreach: "${{ [inputs.ip, '10.0.0.2'] }}"
                concurrency: 3
                max_items: 20
                do:
                  - id: block
                    action: x.y
                    with: { ip: "${{ loop.item }}", n: "${{ loop.index }}" }
            """));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var step = Assert.IsType<ForeachStep>(Assert.Single(result.Playbook!.Steps));
        Assert.Equal((3, 20), (step.Concurrency, step.MaxItems));
        Assert.Equal("block", Assert.Single(step.Do).Id);
    }

    [Fact]
    public void Read_ForeachDefaults_AreOneAtATimeAndAHundredItems()
    {
        var step = Assert.IsType<ForeachStep>(Load(WithSteps("  - id: each\n    foreach: \"${{ [1] }}\"\n    do: [ { id: a, action: x.y } ]")).Playbook!.Steps[0]);

        Assert.Equal((1, ForeachStep.DefaultMaxItems), (step.Concurrency, step.MaxItems));
    }

    [Fact]
    public void Read_ForeachOverTheLimit_IsReported() =>
        Single(WithSteps("  - id: each\n    foreach: \"${{ [1] }}\"\n    max_items: 5000\n    do: [ { id: a, action: x.y } ]"), 9, 16, "a foreach takes at most 1000 items");

    [Fact]
    public void Read_ForeachWithoutDo_IsReported() =>
        Single(WithSteps("  - id: each\n    foreach: \"${{ [1] }}\""), 7, 5, "missing required key 'do'");

    [Fact]
    public void Read_LoopOutsideALoop_IsReported() =>
        Single(WithSteps("  - id: a\n    action: x.y\n    with: { v: \"${{ loop.item }}\" }"), 9, 21, "'loop' exists only inside the 'do' steps of a foreach or while step");

    [Fact]
    public void Read_StepInsideALoopReadFromOutside_IsReportedWithTheLoopOutput() =>
        Single(WithSteps("""
              - id: each
                foreach: "${{ [1, 2] }}"
                do:
                  - id: look
                    action: x.y
              - id: after
                action: x.y
                with: { v: "${{ steps.look.output }}" }
            """), 14, 27, "step 'look' runs once for each round of loop 'each': read steps.each.output instead");

    [Fact]
    public void Read_StepInsideALoop_MayReadAnEarlierStepOfTheSameRound() =>
        Assert.True(Load(WithSteps("""
              - id: each
                foreach: "${{ [1, 2] }}"
                do:
                  - id: look
                    action: x.y
                  - id: act
                    action: x.y
                    with: { v: "${{ steps.look.output }}", i: "${{ loop.item }}" }
              - id: after
                action: x.y
                with: { v: "${{ steps.each.output }}" }
            """)).Succeeded);

    [Fact]
    public void Read_While_HasConditionLimitAndBody()
    {
        var result = Load(WithSteps("""
              - id: poll
                while: "${{ vars.pending }}"
                max_iterations: 5
                do:
                  - id: check
                    set: { pending: "${{ loop.index < 2 }}" }
            """));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var step = Assert.IsType<WhileStep>(Assert.Single(result.Playbook!.Steps));
        Assert.Equal(5, step.MaxIterations);
    }

    [Fact]
    public void Read_WhileAlwaysTrue_IsReportedAsNeverEnding() =>
        Single(WithSteps("  - id: poll\n    while: true\n    do: [ { id: a, action: x.y } ]"), 8, 12, "loop 'poll' never ends: its condition (a plain value) is always true");

    [Fact]
    public void Read_PlaybookCall_HasTargetAndInputs()
    {
        var result = Load(WithSteps("  - id: sub\n    playbook: enrich-ip\n    with: { ip: \"${{ inputs.ip }}\" }"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var step = Assert.IsType<PlaybookCallStep>(Assert.Single(result.Playbook!.Steps));
        Assert.Equal(("enrich-ip", "ip"), (step.PlaybookId, Assert.Single(step.With.Keys)));
    }

    [Fact]
    public void Read_PlaybookCallToABadId_IsReported() =>
        Single(WithSteps("  - id: sub\n    playbook: Enrich IP"), 8, 15, "'Enrich IP' is not a playbook id");

    [Fact]
    public void Read_ApprovalStep_HasQuestionAnswersAndExpiry()
    {
        var result = Load(WithSteps("""
              - id: ask
                approval:
                  question: "Isolate ${{ inputs.ip }}?"
                  answer: choice
                  choices: [isolate, block, nothing]
                  default: nothing
                  role: responder
                  approvers: 2
                  expires: 30m
            """));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var step = Assert.IsType<ApprovalStep>(Assert.Single(result.Playbook!.Steps));
        Assert.Equal((AnswerKind.Choice, "nothing", "responder", 2, TimeSpan.FromMinutes(30)), (step.Answer, step.Default, step.Role, step.Approvers, step.Expires));
        Assert.Equal(["isolate", "block", "nothing"], step.AllowedAnswers);
    }

    [Fact]
    public void Read_ApprovalBesideAnAction_IsThatActionsApproval()
    {
        var step = Assert.IsType<ActionStep>(Load(WithSteps("  - id: a\n    action: x.y\n    approval: { approvers: 2 }")).Playbook!.Steps[0]);

        Assert.Equal(2, step.Approval!.Approvers);
    }

    [Fact]
    public void Read_YesNoApprovalStep_AnswersYesOrNo()
    {
        var step = Assert.IsType<ApprovalStep>(Load(WithSteps("  - id: ask\n    approval: { question: Go on? }")).Playbook!.Steps[0]);

        Assert.Equal(["yes", "no"], step.AllowedAnswers);
    }

    [Fact]
    public void Read_ChoiceWithOneChoice_IsReported() =>
        Single(WithSteps("  - id: ask\n    approval: { question: Go?, answer: choice, choices: [only] }"), 8, 48, "list two or more 'choices'");

    [Fact]
    public void Read_DefaultAnswerNotAChoice_IsReported() =>
        Single(WithSteps("  - id: ask\n    approval: { question: Go?, default: maybe }"), 8, 41, "the default answer 'maybe' is not one of yes, no");

    [Fact]
    public void Read_ChoicesOnAYesNoQuestion_AreReported() =>
        Single(WithSteps("  - id: ask\n    approval: { question: Go?, choices: [a, b] }"), 8, 32, "'choices' go with 'answer: choice', not with 'answer: yes_no'");

    [Fact]
    public void Read_ForeachOverAPlainList_IsValid() =>
        Assert.True(Load(WithSteps("  - id: each\n    foreach: [10.0.0.1, 10.0.0.2]\n    do: [ { id: a, action: x.y, with: { ip: \"${{ loop.item }}\" } } ]")).Succeeded);

    [Fact]
    public void Read_ForeachOverAMapping_IsReported() =>
        Single(WithSteps("  - id: each\n    foreach: { a: 1 }\n    do: [ { id: a, action: x.y } ]"), 8, 14, "the list of step 'each' must be a list or an expression giving one");
}
