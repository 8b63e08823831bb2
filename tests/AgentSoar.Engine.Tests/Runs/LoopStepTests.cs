using System.Text.Json.Nodes;
using AgentSoar.Engine.Runs;
using static AgentSoar.Engine.Tests.Runs.EngineFixture;

namespace AgentSoar.Engine.Tests.Runs;

public sealed class LoopStepTests
{
    private const string Header = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: loops, name: Loops }
        steps:

        """;

    private static string Foreach(string items, int concurrency, int maxItems = 100) => Header + $$$"""
          - id: each
            foreach: "{{{items}}}"
            concurrency: {{{concurrency}}}
            max_items: {{{maxItems}}}
            do:
              - id: block
                action: intel.lookup
                with: { ip: "${{ loop.item }}", n: "${{ loop.index }}" }
              - id: note
                action: intel.lookup
                with: { text: "blocked ${{ steps.block.output.ip }}" }
        outputs:
          rounds: "${{ steps.each.output }}"
        """;

    [Fact]
    public void Foreach_ConcurrencyOne_RunsTheRoundsOneAfterAnother()
    {
        var run = new RunDriver(Load(Foreach("${{ ['10.0.0.1', '10.0.0.2'] }}", 1)));

        Assert.Equal(["each[0]/block"], run.Running());
        run.Succeed("each[0]/block", new JsonObject { ["ip"] = "10.0.0.1" });
        Assert.Equal(["each[0]/note"], run.Running());
        Assert.Equal("blocked 10.0.0.1", run.Dispatched.Last().Inputs["text"]!.GetValue<string>());
        run.Succeed("each[0]/note");

        Assert.Equal(["each[1]/block"], run.Running());
        Assert.Equal(("10.0.0.2", 1L), (run.Dispatched.Last().Inputs["ip"]!.GetValue<string>(), run.Dispatched.Last().Inputs["n"]!.GetValue<long>()));
    }

    [Fact]
    public void Foreach_ConcurrencyTwo_StartsTwoRoundsAndTheThirdWhenOneEnds()
    {
        var run = new RunDriver(Load(Foreach("${{ ['a', 'b', 'c'] }}", 2)));

        Assert.Equal(["each[0]/block", "each[1]/block"], run.Running());
        run.Succeed("each[1]/block");
        run.Succeed("each[1]/note");

        Assert.Equal(["each[0]/block", "each[2]/block"], run.Running());
    }

    [Fact]
    public void Foreach_AllRoundsDone_OutputsEachRoundsItemAndStepOutputs()
    {
        var run = new RunDriver(Load(Foreach("${{ ['a', 'b'] }}", 2)));
        foreach (var round in new[] { 0, 1 })
        {
            run.Succeed($"each[{round}]/block", new JsonObject { ["ip"] = $"ip{round}" });
            run.Succeed($"each[{round}]/note", new JsonObject { ["ok"] = true });
        }

        Assert.Equal(RunStatus.Succeeded, run.State.Status);
        var rounds = run.State.Outputs!["rounds"]!.AsArray();
        Assert.Equal(["a", "b"], rounds.Select(r => r!["item"]!.GetValue<string>()));
        Assert.Equal("ip1", rounds[1]!["outputs"]!["block"]!["ip"]!.GetValue<string>());
    }

    [Fact]
    public void Foreach_RoundFails_FailsTheLoopAndTheRun()
    {
        var run = new RunDriver(Load(Foreach("${{ ['a', 'b'] }}", 1)));

        run.Fail("each[0]/block", "permanent", "refused");

        Assert.Equal(RunStatus.Failed, run.State.Status);
        Assert.Equal(StepStatus.Failed, run.Step("each").Status);
        Assert.Contains("step 'each[0]/block' failed", run.Step("each").Error, StringComparison.Ordinal);
        Assert.DoesNotContain(run.State.Steps, s => s.Id.StartsWith("each[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void Foreach_MoreItemsThanMaxItems_FailsWithoutStartingAny()
    {
        var run = new RunDriver(Load(Foreach("${{ ['a', 'b', 'c'] }}", 1, maxItems: 2)));

        Assert.Equal(RunStatus.Failed, run.State.Status);
        Assert.Equal("the list has 3 items; max_items is 2", run.Step("each").Error);
        Assert.Empty(run.Dispatched);
    }

    [Fact]
    public void Foreach_NotAList_FailsSayingWhatItGot()
    {
        var run = new RunDriver(Load(Foreach("${{ 'just one' }}", 1)));

        Assert.Contains("foreach needs a list", run.Step("each").Error, StringComparison.Ordinal);
        Assert.Equal("expression", run.Step("each").ErrorKind);
    }

    [Fact]
    public void Foreach_EmptyList_SucceedsWithNoRounds()
    {
        var run = new RunDriver(Load(Foreach("${{ [] }}", 1)));

        Assert.Equal(RunStatus.Succeeded, run.State.Status);
        Assert.Empty(run.State.Outputs!["rounds"]!.AsArray());
    }

    [Fact]
    public void While_RunsRoundsUntilTheConditionTurnsFalse()
    {
        var run = new RunDriver(Load(Header + """
              - id: poll
                while: "${{ loop.index < 1 || steps.check.output.pending }}"
                max_iterations: 5
                do:
                  - id: check
                    action: intel.lookup
                    with: { round: "${{ loop.index }}" }
            """));

        run.Succeed("poll[0]/check", new JsonObject { ["pending"] = true });
        Assert.Equal(["poll[1]/check"], run.Running());
        run.Succeed("poll[1]/check", new JsonObject { ["pending"] = false });

        Assert.Equal(RunStatus.Succeeded, run.State.Status);
        Assert.Equal(2, run.Step("poll").Output!["iterations"]!.GetValue<int>());
    }

    [Fact]
    public void While_StillTrueAfterMaxIterations_Fails()
    {
        var run = new RunDriver(Load(Header + """
              - id: poll
                while: "${{ vars.go != false }}"
                max_iterations: 3
                do:
                  - id: spin
                    set: { count: "${{ loop.index }}", go: true }
            """));

        Assert.Equal(RunStatus.Failed, run.State.Status);
        Assert.Contains("still held after 3 rounds", run.Step("poll").Error, StringComparison.Ordinal);
        Assert.Equal(2L, run.State.Vars["count"]!.GetValue<long>());
    }
}
