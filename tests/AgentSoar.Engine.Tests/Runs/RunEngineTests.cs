using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Engine.Runs;
using static AgentSoar.Engine.Tests.Runs.EngineFixture;

namespace AgentSoar.Engine.Tests.Runs;

public sealed class RunEngineTests
{
    private readonly AgentSoar.Playbooks.Model.Playbook _playbook = Load(BlockIp);

    private EngineResult Start(out RunState state)
    {
        var result = RunEngine.Apply(NewRun(_playbook), new RunStarted(T0), Context(_playbook));
        state = result.State;
        return result;
    }

    private EngineResult Succeed(RunState state, string stepId, JsonNode? output, int seconds = 1)
    {
        var step = state.FindStep(stepId)!;
        return RunEngine.Apply(state, new ActionSucceeded(T0.AddSeconds(seconds), step.ExecutionId!.Value, stepId, output, false, 1), Context(_playbook));
    }

    [Fact]
    public void Apply_Start_DispatchesFirstActionWithRenderedInputs()
    {
        var result = Start(out var state);

        var dispatch = Assert.Single(result.Commands.OfType<DispatchAction>());
        Assert.Equal("intel", dispatch.Connector);
        Assert.Equal("lookup", dispatch.Action);
        Assert.Equal("203.0.113.7", dispatch.Inputs["ip"]!.GetValue<string>());
        Assert.Equal(RunStatus.Running, state.Status);
        Assert.Equal(StepStatus.Running, state.FindStep("enrich")!.Status);
        Assert.Equal(T0.AddSeconds(90), state.WakeAt);
    }

    [Fact]
    public void Apply_MaliciousVerdict_TakesThenBranchAndAsksForApproval()
    {
        Start(out var state);

        var result = Succeed(state, "enrich", new JsonObject { ["verdict"] = "malicious" });

        var request = Assert.Single(result.Commands.OfType<RequestApproval>());
        Assert.Equal("block", request.StepId);
        Assert.Equal(1, request.RequiredApprovals);
        Assert.Equal("planner:rules", request.ProposedBy);
        Assert.Equal(RunStatus.WaitingApproval, result.State.Status);
        Assert.Equal(0, result.State.FindStep("verdict")!.Taken); // then
        Assert.Contains("true", result.State.FindStep("verdict")!.Detail, StringComparison.Ordinal);
        Assert.Empty(result.Commands.OfType<DispatchAction>());
        Assert.Contains(result.Commands.OfType<RecordAudit>(), a => a.Kind == "branch_taken");
    }

    [Fact]
    public void Apply_RedeliveredCompletion_ChangesNothing()
    {
        Start(out var state);
        var first = Succeed(state, "enrich", new JsonObject { ["verdict"] = "malicious" });

        var again = RunEngine.Apply(
            first.State,
            new ActionSucceeded(T0.AddSeconds(2), state.FindStep("enrich")!.ExecutionId!.Value, "enrich", new JsonObject { ["verdict"] = "clean" }, false, 1),
            Context(_playbook));

        Assert.False(again.Changed);
        Assert.Empty(again.Commands);
        Assert.Same(first.State, again.State);
    }

    [Fact]
    public void Apply_Approved_DispatchesTheExactApprovedAction()
    {
        Start(out var state);
        var waiting = Succeed(state, "enrich", new JsonObject { ["verdict"] = "malicious" });
        var request = waiting.Commands.OfType<RequestApproval>().Single();

        var approved = RunEngine.Apply(waiting.State, new ApprovalResolved(T0.AddMinutes(1), request.ApprovalId, "block", true, "approved", ["alice"], null), Context(_playbook));

        var dispatch = Assert.Single(approved.Commands.OfType<DispatchAction>());
        Assert.Equal("block", dispatch.StepId);
        Assert.Equal(AgentSoar.Engine.Approvals.ActionHash.Compute(dispatch.Connector, dispatch.Action, dispatch.Inputs), request.ActionHash);
        Assert.Equal(RunStatus.Running, approved.State.Status);
    }

    [Fact]
    public void Apply_WholeRun_SucceedsWithOutputs()
    {
        Start(out var state);
        var s = Succeed(state, "enrich", new JsonObject { ["verdict"] = "malicious" }).State;
        var approvalId = s.FindStep("block")!.ApprovalId!.Value;
        s = RunEngine.Apply(s, new ApprovalResolved(T0.AddMinutes(1), approvalId, "block", true, "approved", ["alice"], null), Context(_playbook)).State;
        s = Succeed(s, "block", new JsonObject { ["blocked"] = true }, 70).State;
        var last = Succeed(s, "ticket", new JsonObject(), 80);

        Assert.Equal(RunStatus.Succeeded, last.State.Status);
        Assert.True(last.State.Outputs!["blocked"]!.GetValue<bool>());
        Assert.Null(last.State.FindStep("note"));
        Assert.Contains(last.Commands.OfType<RecordAudit>(), a => a.Kind == "run_finished");
        Assert.Null(last.State.WakeAt);
    }

    [Fact]
    public void Apply_Rejected_DeniesTheRunWithTheReason()
    {
        Start(out var state);
        var s = Succeed(state, "enrich", new JsonObject { ["verdict"] = "malicious" }).State;
        var approvalId = s.FindStep("block")!.ApprovalId!.Value;

        var result = RunEngine.Apply(s, new ApprovalResolved(T0.AddMinutes(1), approvalId, "block", false, "rejected", ["bob"], "false positive"), Context(_playbook));

        Assert.Equal(RunStatus.Denied, result.State.Status);
        Assert.Contains("false positive", result.State.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Commands.OfType<DispatchAction>());
    }

    [Fact]
    public void Apply_ApprovalDeadlinePassed_AsksTheGateToExpireThenDeniesOnItsAnswer()
    {
        Start(out var state);
        var s = Succeed(state, "enrich", new JsonObject { ["verdict"] = "malicious" }).State;
        var approvalId = s.FindStep("block")!.ApprovalId!.Value;

        var early = RunEngine.Apply(s, new DeadlineReached(T0.AddMinutes(10)), Context(_playbook));
        var late = RunEngine.Apply(s, new DeadlineReached(T0.AddMinutes(16)), Context(_playbook));
        var expired = RunEngine.Apply(late.State, new ApprovalResolved(T0.AddMinutes(16), approvalId, "block", false, "expired", [], null), Context(_playbook));

        Assert.False(early.Changed);
        Assert.Equal(approvalId, Assert.Single(late.Commands.OfType<ExpireApproval>()).ApprovalId);
        Assert.Equal(RunStatus.WaitingApproval, late.State.Status);
        Assert.Equal(T0.AddMinutes(17), late.State.WakeAt);
        Assert.Equal(RunStatus.Denied, expired.State.Status);
        Assert.Contains("expired", expired.State.Reason, StringComparison.Ordinal);
        Assert.Null(expired.State.WakeAt);
    }

    [Fact]
    public void Apply_ApprovalGivenInTimeArrivesAfterDeadline_StillDispatches()
    {
        Start(out var state);
        var s = Succeed(state, "enrich", new JsonObject { ["verdict"] = "malicious" }).State;
        var approvalId = s.FindStep("block")!.ApprovalId!.Value;
        var late = RunEngine.Apply(s, new DeadlineReached(T0.AddMinutes(16)), Context(_playbook));

        var approved = RunEngine.Apply(late.State, new ApprovalResolved(T0.AddMinutes(16), approvalId, "block", true, "approved", ["alice"], null), Context(_playbook));

        Assert.Equal("block", Assert.Single(approved.Commands.OfType<DispatchAction>()).StepId);
    }

    [Fact]
    public void WakeAt_FinishedRunWithAStepStillInFlight_IsNull()
    {
        Start(out var state);
        Assert.NotNull(state.WakeAt);

        var failed = state with { Status = RunStatus.Failed, Reason = "abandoned" };

        Assert.NotNull(failed.FindStep("enrich")!.Deadline);
        Assert.Null(failed.WakeAt);
    }

    [Fact]
    public void Create_KeepsThePlaybookSource()
    {
        Assert.Equal(_playbook.SourceText, NewRun(_playbook).PlaybookSource);
        Assert.Contains("block-ip", NewRun(_playbook).PlaybookSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_NoResultFromHostInTime_FailsTheStep()
    {
        Start(out var state);

        var result = RunEngine.Apply(state, new DeadlineReached(T0.AddSeconds(91)), Context(_playbook));

        Assert.Equal(RunStatus.Failed, result.State.Status);
        Assert.StartsWith("timeout", result.State.FindStep("enrich")!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_CleanVerdict_TakesElseBranchWithoutApproval()
    {
        Start(out var state);

        var result = Succeed(state, "enrich", new JsonObject { ["verdict"] = "clean" });

        Assert.Equal(1, result.State.FindStep("verdict")!.Taken); // else
        Assert.Empty(result.Commands.OfType<RequestApproval>());
        var dispatch = Assert.Single(result.Commands.OfType<DispatchAction>());
        Assert.Equal("note", dispatch.StepId);
        Assert.Equal("clean: 203.0.113.7", dispatch.Inputs["text"]!.GetValue<string>());
    }

    [Fact]
    public void Apply_GuardFalse_SkipsTheStep()
    {
        var playbook = _playbook;
        var run = NewRun(playbook, "10.0.0.1");
        var s = RunEngine.Apply(run, new RunStarted(T0), Context(playbook)).State;
        s = RunEngine.Apply(s, new ActionSucceeded(T0, s.FindStep("enrich")!.ExecutionId!.Value, "enrich", new JsonObject { ["verdict"] = "clean" }, false, 1), Context(playbook)).State;

        var result = RunEngine.Apply(s, new ActionSucceeded(T0, s.FindStep("note")!.ExecutionId!.Value, "note", new JsonObject(), false, 1), Context(playbook));

        Assert.Equal(StepStatus.Skipped, result.State.FindStep("ticket")!.Status);
        Assert.Equal(RunStatus.Succeeded, result.State.Status);
        Assert.False(result.State.Outputs!["blocked"]!.GetValue<bool>());
    }

    [Fact]
    public void Apply_ActionFailed_FailsTheRunUnlessContinue()
    {
        Start(out var state);

        var result = RunEngine.Apply(state, new ActionFailedEvent(T0, state.FindStep("enrich")!.ExecutionId!.Value, "enrich", "permanent", "boom", 1), Context(_playbook));

        Assert.Equal(RunStatus.Failed, result.State.Status);
        Assert.Contains("boom", result.State.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_OnFailureContinue_GoesOn()
    {
        var playbook = Load("""
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: p, name: P }
            steps:
              - id: first
                action: case.comment
                with: { text: a }
                on_failure: continue
              - id: second
                action: case.comment
                with: { text: b }
            """);
        var s = RunEngine.Apply(NewRun(playbook), new RunStarted(T0), Context(playbook)).State;

        var result = RunEngine.Apply(s, new ActionFailedEvent(T0, s.FindStep("first")!.ExecutionId!.Value, "first", "transient", "down", 3), Context(playbook));

        Assert.Equal(StepStatus.Failed, result.State.FindStep("first")!.Status);
        Assert.Equal("second", Assert.Single(result.Commands.OfType<DispatchAction>()).StepId);
    }

    [Fact]
    public void Apply_InputExpressionFails_FailsStepWithPosition()
    {
        var playbook = Load("""
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: p, name: P }
            steps:
              - id: first
                action: case.comment
                with: { text: "${{ 1 < 'a' }}" }
            """);

        var result = RunEngine.Apply(NewRun(playbook), new RunStarted(T0), Context(playbook));

        Assert.Equal(RunStatus.Failed, result.State.Status);
        Assert.Contains("test.yaml:7:", result.State.FindStep("first")!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_SameEventTwiceFromSameState_IsDeterministic()
    {
        var a = RunEngine.Apply(NewRun(_playbook), new RunStarted(T0), Context(_playbook));
        var b = RunEngine.Apply(NewRun(_playbook), new RunStarted(T0), Context(_playbook));

        Assert.Equal(a.Commands.OfType<DispatchAction>().Single().ExecutionId, b.Commands.OfType<DispatchAction>().Single().ExecutionId);
        Assert.Equal(a.Commands.OfType<DispatchAction>().Single().IdempotencyKey, b.Commands.OfType<DispatchAction>().Single().IdempotencyKey);
    }

    [Fact]
    public void State_RoundTripsThroughJson()
    {
        Start(out var state);
        var s = Succeed(state, "enrich", new JsonObject { ["verdict"] = "malicious", ["score"] = 97 }).State;

        var copy = JsonSerializer.Deserialize<RunState>(JsonSerializer.Serialize(s, EngineJson.Options), EngineJson.Options)!;

        Assert.Equal(s.Status, copy.Status);
        Assert.Equal(s.Steps.Count, copy.Steps.Count);
        Assert.Equal(s.FindStep("block")!.ApprovalId, copy.FindStep("block")!.ApprovalId);
        Assert.Equal(97, copy.FindStep("enrich")!.Output!["score"]!.GetValue<int>());
        Assert.Equal(s.WakeAt, copy.WakeAt);
    }
}
