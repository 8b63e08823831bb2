using System.Text.Json.Nodes;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Engine.Runs;
using static AgentSoar.Engine.Tests.Runs.EngineFixture;

namespace AgentSoar.Engine.Tests.Runs;

public sealed class FlowStepTests
{
    private const string Header = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: flow, name: Flow }
        inputs:
          ip: { type: ip, from: "${{ first_observable(alert, 'ip') }}" }
        steps:

        """;

    private static EngineResult Succeed(AgentSoar.Playbooks.Model.Playbook playbook, RunState state, string stepId, JsonNode? output = null) =>
        RunEngine.Apply(state, new ActionSucceeded(T0.AddSeconds(1), state.FindStep(stepId)!.ExecutionId!.Value, stepId, output ?? new JsonObject(), false, 1), Context(playbook));

    [Theory]
    [InlineData("malicious", "block")]
    [InlineData("suspicious", "watch")]
    [InlineData("unknown", "note")]
    public void Switch_TakesTheMatchingCaseOrTheDefault(string verdict, string expectedStep)
    {
        var playbook = Load(Header + """
              - id: enrich
                action: intel.lookup
                with: { ip: "${{ inputs.ip }}" }
              - id: route
                switch: "${{ steps.enrich.output.verdict }}"
                cases:
                  malicious:
                    - { id: block, action: case.comment, with: { text: b } }
                  suspicious:
                    - { id: watch, action: case.comment, with: { text: w } }
                default:
                  - { id: note, action: case.comment, with: { text: n } }
            """);
        var started = RunEngine.Apply(NewRun(playbook), new RunStarted(T0), Context(playbook)).State;

        var routed = Succeed(playbook, started, "enrich", new JsonObject { ["verdict"] = verdict });

        Assert.Equal(expectedStep, Assert.Single(routed.Commands.OfType<DispatchAction>()).StepId);
        Assert.Contains($"was '{verdict}'", routed.State.FindStep("route")!.Detail, StringComparison.Ordinal);
        Assert.Contains(routed.Commands.OfType<RecordAudit>(), a => a.Kind == "branch_taken" && a.StepId == "route");
    }

    [Fact]
    public void Set_StoresVariablesForLaterSteps()
    {
        var playbook = Load(Header + """
              - id: remember
                set: { target: "${{ inputs.ip }}", hours: 24 }
              - id: use
                action: case.comment
                with: { text: "block ${{ vars.target }} for ${{ vars.hours }}h" }
            """);

        var result = RunEngine.Apply(NewRun(playbook), new RunStarted(T0), Context(playbook));

        Assert.Equal("203.0.113.7", result.State.Vars["target"]!.GetValue<string>());
        Assert.Equal(StepStatus.Succeeded, result.State.FindStep("remember")!.Status);
        Assert.Equal("block 203.0.113.7 for 24h", Assert.Single(result.Commands.OfType<DispatchAction>()).Inputs["text"]!.GetValue<string>());
    }

    private const string Parallel = """
              - id: fan_out
                parallel:
                  join: JOIN
                  branches:
                    notify:
                      - { id: mail, action: case.comment, with: { text: m } }
                    ticket:
                      - { id: open, action: case.comment, with: { text: o } }
                      - { id: link, action: case.comment, with: { text: l } }
              - { id: after, action: case.comment, with: { text: a } }
            """;

    [Fact]
    public void Parallel_StartsEveryBranchAtOnce()
    {
        var playbook = Load(Header + Parallel.Replace("JOIN", "all", StringComparison.Ordinal));

        var result = RunEngine.Apply(NewRun(playbook), new RunStarted(T0), Context(playbook));

        Assert.Equal(["mail", "open"], result.Commands.OfType<DispatchAction>().Select(d => d.StepId));
        Assert.Equal(StepStatus.Running, result.State.FindStep("fan_out")!.Status);
    }

    [Fact]
    public void Parallel_JoinAll_WaitsForEveryBranch()
    {
        var playbook = Load(Header + Parallel.Replace("JOIN", "all", StringComparison.Ordinal));
        var s = RunEngine.Apply(NewRun(playbook), new RunStarted(T0), Context(playbook)).State;

        s = Succeed(playbook, s, "mail").State;
        Assert.Equal(StepStatus.Running, s.FindStep("fan_out")!.Status);
        s = Succeed(playbook, s, "open").State;
        var last = Succeed(playbook, s, "link");

        Assert.Equal(StepStatus.Succeeded, last.State.FindStep("fan_out")!.Status);
        Assert.Equal("after", Assert.Single(last.Commands.OfType<DispatchAction>()).StepId);
    }

    [Fact]
    public void Parallel_JoinAny_GoesOnWhenOneBranchFinishesAndStartsNothingMoreInTheOthers()
    {
        var playbook = Load(Header + Parallel.Replace("JOIN", "any", StringComparison.Ordinal));
        var s = RunEngine.Apply(NewRun(playbook), new RunStarted(T0), Context(playbook)).State;

        var joined = Succeed(playbook, s, "mail");

        Assert.Equal(StepStatus.Succeeded, joined.State.FindStep("fan_out")!.Status);
        Assert.Equal("after", Assert.Single(joined.Commands.OfType<DispatchAction>()).StepId);
        var afterOpen = Succeed(playbook, joined.State, "open");
        Assert.DoesNotContain(afterOpen.Commands.OfType<DispatchAction>(), d => d.StepId == "link");
        Assert.Null(afterOpen.State.FindStep("link"));
    }

    [Fact]
    public void Parallel_FailingBranch_FailsTheRun()
    {
        var playbook = Load(Header + Parallel.Replace("JOIN", "all", StringComparison.Ordinal));
        var s = RunEngine.Apply(NewRun(playbook), new RunStarted(T0), Context(playbook)).State;

        var failed = RunEngine.Apply(s, new ActionFailedEvent(T0, s.FindStep("open")!.ExecutionId!.Value, "open", "permanent", "down", 1), Context(playbook));

        Assert.Equal(RunStatus.Failed, failed.State.Status);
        Assert.Contains("'open'", failed.State.Reason, StringComparison.Ordinal);
        Assert.Empty(failed.Commands.OfType<DispatchAction>());

        // The sibling branch's action was already running: its late result is recorded, and starts nothing.
        var late = Succeed(playbook, failed.State, "mail");
        Assert.True(late.Changed);
        Assert.Equal(StepStatus.Succeeded, late.State.FindStep("mail")!.Status);
        Assert.Equal(RunStatus.Failed, late.State.Status);
        Assert.Empty(late.Commands.OfType<DispatchAction>());
    }

    [Fact]
    public void Wait_For_ResumesAtItsDeadlineOnly()
    {
        var playbook = Load(Header + """
              - id: pause
                wait: { for: 10m }
              - { id: after, action: case.comment, with: { text: a } }
            """);
        var s = RunEngine.Apply(NewRun(playbook), new RunStarted(T0), Context(playbook)).State;

        var early = RunEngine.Apply(s, new DeadlineReached(T0.AddMinutes(9)), Context(playbook));
        var due = RunEngine.Apply(s, new DeadlineReached(T0.AddMinutes(10)), Context(playbook));

        Assert.Equal(T0.AddMinutes(10), s.WakeAt);
        Assert.False(early.Changed);
        Assert.Equal(StepStatus.Succeeded, due.State.FindStep("pause")!.Status);
        Assert.Equal("after", Assert.Single(due.Commands.OfType<DispatchAction>()).StepId);
    }

    [Fact]
    public void Wait_Until_ChecksEveryIntervalAndFailsAfterTheTimeout()
    {
        var playbook = Load(Header + """
              - id: settle
                wait: { until: "${{ now() > timestamp('2026-03-04T10:02:30Z') }}", timeout: 5m, every: 1m }
            """);
        var s = RunEngine.Apply(NewRun(playbook), new RunStarted(T0), Context(playbook)).State;

        var first = RunEngine.Apply(s, new DeadlineReached(T0.AddMinutes(1)), Context(playbook)).State;
        var held = RunEngine.Apply(first, new DeadlineReached(T0.AddMinutes(3)), Context(playbook)).State;

        Assert.Equal(StepStatus.Running, first.FindStep("settle")!.Status);
        Assert.Equal(T0.AddMinutes(2), first.WakeAt);
        Assert.Equal(RunStatus.Succeeded, held.Status);
        Assert.Contains("held after 3m", held.FindStep("settle")!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Wait_UntilNeverHolds_FailsWithTheCondition()
    {
        var playbook = Load(Header + """
              - id: settle
                wait: { until: "${{ false }}", timeout: 2m, every: 1m }
            """);
        var s = RunEngine.Apply(NewRun(playbook), new RunStarted(T0), Context(playbook)).State;

        var failed = RunEngine.Apply(s, new DeadlineReached(T0.AddMinutes(2)), Context(playbook)).State;

        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.Contains("did not hold within 2m", failed.FindStep("settle")!.Error, StringComparison.Ordinal);
    }
}
