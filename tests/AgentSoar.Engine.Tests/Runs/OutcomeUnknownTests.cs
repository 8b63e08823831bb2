using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Model;
using static AgentSoar.Engine.Tests.Runs.EngineFixture;

namespace AgentSoar.Engine.Tests.Runs;

/// <summary>
/// A non-idempotent action whose host stopped while running it (the host answers "uncertain" instead of running it
/// again): the step waits for a person to say run it again, it took effect, or fail — never repeated by itself.
/// </summary>
public sealed class OutcomeUnknownTests
{
    private const string Playbook = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: note, name: Note }
        steps:
          - id: note
            action: case.comment
            with: { text: "seen" }
            retry: { attempts: 3, on: [any] }
          - id: after
            action: intel.lookup
        """;

    [Fact]
    public void Uncertain_AsksAPersonWithTheThreeChoicesAndDispatchesNothing()
    {
        var run = new RunDriver(Load(Playbook));

        run.Fail("note", FailureKinds.Uncertain, "a host stopped while running it");

        var step = run.Step("note");
        Assert.Equal(StepStatus.WaitingApproval, step.Status);
        Assert.True(step.OutcomeUnknown);
        var request = Assert.Single(run.Commands.OfType<RequestApproval>());
        Assert.Equal(step.ApprovalId, request.ApprovalId);
        Assert.Equal(("choice", 1), (request.Question!.AnswerKind, request.RequiredApprovals));
        Assert.Equal([UnknownOutcome.RunAgain, UnknownOutcome.TookEffect, UnknownOutcome.Fail], request.Question.Choices);
        Assert.Contains("case.comment may or may not have taken effect", request.Question.Text, StringComparison.Ordinal);
        Assert.Single(run.Dispatched);
        Assert.Equal(RunStatus.WaitingApproval, run.State.Status);
    }

    [Fact]
    public void Uncertain_RunAgain_DispatchesTheSameInputsAsANewAttempt()
    {
        var run = new RunDriver(Load(Playbook));
        var first = Assert.Single(run.Dispatched);
        run.Fail("note", FailureKinds.Uncertain);

        run.Decide("note", approved: true, answer: UnknownOutcome.RunAgain);

        var again = run.Dispatched.Last();
        Assert.Equal(2, run.Dispatched.Count());
        Assert.NotEqual(first.ExecutionId, again.ExecutionId);
        Assert.NotEqual(first.IdempotencyKey, again.IdempotencyKey);
        Assert.Equal(first.Inputs.ToJsonString(), again.Inputs.ToJsonString());
        var step = run.Step("note");
        Assert.Equal((StepStatus.Running, false, 2), (step.Status, step.OutcomeUnknown, step.Attempt));
        Assert.Equal(FailureKinds.Uncertain, Assert.Single(step.PreviousAttempts).ErrorKind);

        run.Succeed("note");
        Assert.Equal(StepStatus.Succeeded, run.Step("note").Status);
    }

    [Fact]
    public void Uncertain_TookEffect_SucceedsWithoutSendingItAgainAndTheRunGoesOn()
    {
        var run = new RunDriver(Load(Playbook));
        run.Fail("note", FailureKinds.Uncertain);

        run.Decide("note", approved: true, answer: UnknownOutcome.TookEffect, by: "rita");

        var step = run.Step("note");
        Assert.Equal(StepStatus.Succeeded, step.Status);
        Assert.Equal("rita", step.Output!["confirmed_by"]![0]!.GetValue<string>());
        Assert.Equal(["note", "after"], run.Dispatched.Select(d => d.StepId));
    }

    [Fact]
    public void Uncertain_Fail_FailsTheStepForGoodEvenWithRetryOnAny()
    {
        var run = new RunDriver(Load(Playbook));
        run.Fail("note", FailureKinds.Uncertain);

        run.Decide("note", approved: true, answer: UnknownOutcome.Fail);

        Assert.Equal(StepStatus.Failed, run.Step("note").Status);
        Assert.Equal(RunStatus.Failed, run.State.Status);
        Assert.Single(run.Dispatched);
    }

    [Fact]
    public void Uncertain_QuestionExpires_FailsAndIsNeverRetriedByItself()
    {
        var run = new RunDriver(Load(Playbook));
        run.Fail("note", FailureKinds.Uncertain);
        var approval = run.Step("note").ApprovalId!.Value;

        run.Advance(TimeSpan.FromDays(2));
        Assert.Contains(run.Commands.OfType<ExpireApproval>(), e => e.ApprovalId == approval);
        run.Apply(new Events.ApprovalResolved(run.Now, approval, "note", false, "expired", [], null));

        var step = run.Step("note");
        Assert.Equal((StepStatus.Failed, FailureKinds.Uncertain), (step.Status, step.ErrorKind));
        Assert.Equal(RunStatus.Failed, run.State.Status);
        run.Advance(TimeSpan.FromHours(1));
        Assert.Single(run.Dispatched);
    }

    [Fact]
    public void Uncertain_ThenTheRealResultOfTheSameExecution_TheResultWinsAndTheQuestionIsWithdrawn()
    {
        var run = new RunDriver(Load(Playbook));
        var execution = run.Step("note").ExecutionId!.Value;
        run.Fail("note", FailureKinds.Uncertain);
        var question = run.Step("note").ApprovalId!.Value;

        // The first host lived to publish its result after all, while a redelivered copy was answered "uncertain".
        run.Apply(new Events.ActionSucceeded(run.Now, execution, "note", new System.Text.Json.Nodes.JsonObject { ["id"] = 7 }, false, 1));

        var step = run.Step("note");
        Assert.Equal((StepStatus.Succeeded, false), (step.Status, step.OutcomeUnknown));
        Assert.Contains(run.Commands.OfType<ExpireApproval>(), e => e.ApprovalId == question);
        Assert.Equal(["note", "after"], run.Dispatched.Select(d => d.StepId));
        var late = run.Apply(new Events.ApprovalResolved(run.Now, question, "note", false, "expired", [], null));
        Assert.False(late.Changed);
    }

    [Fact]
    public void Uncertain_ADuplicateOfTheFailure_ChangesNothing()
    {
        var run = new RunDriver(Load(Playbook));
        var execution = run.Step("note").ExecutionId!.Value;
        run.Fail("note", FailureKinds.Uncertain);

        var again = run.Apply(new Events.ActionFailedEvent(run.Now, execution, "note", FailureKinds.Uncertain, "again", 0));

        Assert.Empty(again.Commands);
        Assert.Single(run.Commands.OfType<RequestApproval>());
    }
}
