using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Runs;
using static AgentSoar.Engine.Tests.Runs.EngineFixture;

namespace AgentSoar.Engine.Tests.Runs;

/// <summary>Retry, timeout and on_failure (with compensation), which every kind of step takes.</summary>
public sealed class FailureHandlingTests
{
    private const string Header = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: failures, name: Failures }
        steps:

        """;

    [Fact]
    public void Retry_TransientFailure_DispatchesAgainAfterTheDelayWithANewExecution()
    {
        var run = new RunDriver(Load(Header + """
              - id: look
                action: intel.lookup
                retry: { attempts: 3, delay: 10s, backoff: exponential }
            """));
        var first = run.Step("look").ExecutionId;

        run.Fail("look", "transient");
        Assert.Equal(StepStatus.Running, run.Step("look").Status);
        Assert.Equal(T0.AddSeconds(10), run.Step("look").RetryAt);
        Assert.Single(run.Dispatched);

        run.Advance(TimeSpan.FromSeconds(10));

        var again = run.Dispatched.Last();
        Assert.Equal(2, run.Dispatched.Count());
        Assert.NotEqual(first, again.ExecutionId);
        Assert.EndsWith("/look/2", again.IdempotencyKey, StringComparison.Ordinal);
        Assert.Equal(2, run.Step("look").Attempt);
        Assert.Equal("transient", Assert.Single(run.Step("look").PreviousAttempts).ErrorKind);
    }

    [Fact]
    public void Retry_BackoffDoublesTheDelayAndTheLastFailureFailsTheRun()
    {
        var run = new RunDriver(Load(Header + """
              - id: look
                action: intel.lookup
                retry: { attempts: 3, delay: 10s }
            """));

        run.Fail("look");
        run.Advance(TimeSpan.FromSeconds(10));
        run.Fail("look");
        Assert.Equal(run.Now.AddSeconds(20), run.Step("look").RetryAt);
        run.Advance(TimeSpan.FromSeconds(20));
        run.Fail("look");

        Assert.Equal(RunStatus.Failed, run.State.Status);
        Assert.Equal(2, run.Step("look").PreviousAttempts.Count);
    }

    [Fact]
    public void Retry_FailureOfAKindNotListed_IsNotRetried()
    {
        var run = new RunDriver(Load(Header + """
              - id: look
                action: intel.lookup
                retry: { attempts: 3, on: [timeout] }
            """));

        run.Fail("look", "permanent");

        Assert.Equal(RunStatus.Failed, run.State.Status);
        Assert.Single(run.Dispatched);
    }

    [Fact]
    public void Retry_OfABlock_RunsEverythingInsideAgain()
    {
        var run = new RunDriver(Load(Header + """
              - id: both
                parallel:
                  branches:
                    a: [ { id: one, action: intel.lookup } ]
                    b: [ { id: two, action: intel.lookup } ]
                retry: { attempts: 2, delay: 1m, on: [any] }
            """));
        run.Succeed("one");

        run.Fail("two", "permanent");
        Assert.Equal(StepStatus.Running, run.Step("both").Status);
        run.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(["one", "two"], run.Running());
        Assert.Equal(4, run.Dispatched.Count());
        var ones = run.Dispatched.Where(d => d.StepId == "one").ToList();
        Assert.NotEqual(ones[0].ExecutionId, ones[1].ExecutionId);
        Assert.NotEqual(ones[0].IdempotencyKey, ones[1].IdempotencyKey);
        Assert.Contains(run.Commands.OfType<RecordAudit>(), a => a.Kind == "retry_started" && a.StepId == "both");
    }

    [Fact]
    public void Denial_IsNeverRetried()
    {
        var run = new RunDriver(Load(Header + """
              - id: block
                action: fw.block
                retry: { attempts: 3, on: [any] }
            """));

        run.Decide("block", approved: false);

        Assert.Equal(RunStatus.Denied, run.State.Status);
    }

    [Fact]
    public void Timeout_OfABlock_FailsItWhenItsTimeIsUp()
    {
        var run = new RunDriver(Load(Header + """
              - id: both
                parallel:
                  branches:
                    a: [ { id: one, action: intel.lookup } ]
                    b: [ { id: two, action: intel.lookup } ]
                timeout: 5m
            """));
        run.Succeed("one");

        run.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(RunStatus.Failed, run.State.Status);
        Assert.Equal(("timeout", "timeout: did not finish within its timeout of 5m"), (run.Step("both").ErrorKind, run.Step("both").Error));
    }

    [Fact]
    public void Timeout_OfAnApprovalStep_ExpiresTheOpenQuestion()
    {
        var run = new RunDriver(Load(Header + """
              - id: ask
                approval: { question: Go?, expires: 1h }
                timeout: 10m
            """));

        run.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(StepStatus.Failed, run.Step("ask").Status);
        Assert.Contains(run.Commands.OfType<ExpireApproval>(), e => e.StepId == "ask");
    }

    [Fact]
    public void Compensation_RunsWhenTheStepFailsThenTheRunFails()
    {
        var run = new RunDriver(Load(Header + """
              - id: look
                action: intel.lookup
                on_failure:
                  steps:
                    - id: undo
                      action: intel.lookup
                      with: { why: "${{ steps.look.error }}" }
              - id: after
                action: intel.lookup
            """));

        run.Fail("look", "permanent", "refused");
        Assert.Equal(["undo"], run.Running());
        Assert.Equal("permanent: refused", run.Dispatched.Last().Inputs["why"]!.GetValue<string>());
        run.Succeed("undo");

        Assert.Equal(RunStatus.Failed, run.State.Status);
        Assert.Null(run.State.FindStep("after"));
    }

    [Fact]
    public void Compensation_ThenContinue_GoesOnWithTheNextStep()
    {
        var run = new RunDriver(Load(Header + """
              - id: look
                action: intel.lookup
                on_failure:
                  steps: [ { id: undo, action: intel.lookup } ]
                  then: continue
              - id: after
                action: intel.lookup
            """));

        run.Fail("look", "permanent");
        run.Succeed("undo");

        Assert.Equal(["after"], run.Running());
    }

    [Fact]
    public void OnFailureContinue_OnABlock_ContainsAFailureInside()
    {
        var run = new RunDriver(Load(Header + """
              - id: group
                if: "${{ true == true || run.id != '' }}"
                then:
                  - { id: inner, action: intel.lookup }
                on_failure: continue
              - id: after
                action: intel.lookup
            """));

        run.Fail("inner", "permanent");

        Assert.Equal(StepStatus.Failed, run.Step("group").Status);
        Assert.Equal(["after"], run.Running());
    }

    [Fact]
    public void FailedBlock_AbandonsItsOpenApprovals()
    {
        var run = new RunDriver(Load(Header + """
              - id: both
                parallel:
                  branches:
                    a: [ { id: look, action: intel.lookup } ]
                    b: [ { id: block, action: fw.block } ]
            """));
        Assert.Equal(StepStatus.WaitingApproval, run.Step("block").Status);

        run.Fail("look", "permanent");

        Assert.Equal(StepStatus.Skipped, run.Step("block").Status);
        Assert.Contains(run.Commands.OfType<ExpireApproval>(), e => e.StepId == "block");
    }

    [Fact]
    public void Compensation_WaitsForAnActionStillInFlightInsideTheFailedBlock()
    {
        var run = new RunDriver(Load(Header + """
              - id: both
                parallel:
                  branches:
                    a: [ { id: isolate, action: intel.lookup } ]
                    b: [ { id: collect, action: intel.lookup } ]
                on_failure:
                  steps:
                    - id: release
                      action: intel.lookup
                      if: "${{ steps.isolate.status == 'succeeded' }}"
            """));

        run.Fail("collect", "permanent");
        Assert.Null(run.State.FindStep("release"));

        run.Succeed("isolate");

        Assert.Equal(["release"], run.Running());
    }

    [Fact]
    public void JoinAny_ClosesTheOtherBranchesOpenApprovals()
    {
        var run = new RunDriver(Load(Header + """
              - id: race
                parallel:
                  join: any
                  branches:
                    fast: [ { id: look, action: intel.lookup } ]
                    slow: [ { id: block, action: fw.block } ]
            """));

        run.Succeed("look");

        Assert.Equal(RunStatus.Succeeded, run.State.Status);
        Assert.Equal(StepStatus.Skipped, run.Step("block").Status);
        Assert.Contains(run.Commands.OfType<ExpireApproval>(), e => e.StepId == "block");
    }
}
