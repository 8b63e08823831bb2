using System.Text.Json.Nodes;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Engine.Runs;
using static AgentSoar.Engine.Tests.Runs.EngineFixture;

namespace AgentSoar.Engine.Tests.Runs;

public sealed class RollbackTests
{
    private const string Playbook = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: contain, name: Contain }
        inputs:
          ip: { type: ip, from: "${{ first_observable(alert, 'ip') }}" }
        steps:
          - id: look
            action: intel.lookup
          - id: tag
            action: case.tag
            with: { label: c2 }
          - id: note
            action: case.comment
            with: { text: noted }
          - id: block
            action: fw.block
            with: { ip: "${{ inputs.ip }}", duration: 24h, reason: beacon }
        """;

    /// <summary>A run that did all four actions, the block approved by alice.</summary>
    private static RunDriver Finished()
    {
        var run = new RunDriver(Load(Playbook));
        run.Succeed("look");
        run.Succeed("tag");
        run.Succeed("note");
        run.Decide("block", approved: true, by: "alice");
        run.Succeed("block", new JsonObject { ["rule_id"] = "r-42" });
        Assert.Equal(RunStatus.Succeeded, run.State.Status);
        return run;
    }

    [Fact]
    public void Rollback_UndoesNewestFirstThroughTheGate()
    {
        var run = Finished();

        run.Apply(new RollbackRequested(run.Now, "carol", "false positive"));

        Assert.Equal(RunStatus.RollingBack, run.State.Status);
        var request = run.Commands.OfType<RequestApproval>().Last();
        Assert.Equal(("rollback:block", "fw", "unblock", "carol"), (request.StepId, request.Connector, request.Action, request.ProposedBy));
        Assert.Equal(new JsonObject { ["ip"] = "203.0.113.7", ["rule_id"] = "r-42" }.ToJsonString(), request.Inputs.ToJsonString());
        Assert.Null(run.State.FindStep("rollback:tag"));
    }

    [Fact]
    public void Rollback_AllUndone_IsRolledBackAndSaysWhatWasLeft()
    {
        var run = Finished();
        run.Apply(new RollbackRequested(run.Now, "carol", null));

        run.Decide("rollback:block", approved: true, by: "alice");
        run.Succeed("rollback:block");
        Assert.Equal(("case", "untag"), (run.Dispatched.Last().Connector, run.Dispatched.Last().Action));
        run.Succeed("rollback:tag");

        Assert.Equal(RunStatus.RolledBack, run.State.Status);
        Assert.Contains("note: case.comment declares no undo action", Assert.Single(run.State.Rollback!.NotUndone), StringComparison.Ordinal);
        Assert.Contains(run.Commands.OfType<RecordAudit>(), a => a.Kind == "rollback_requested");
    }

    [Fact]
    public void Rollback_UndoRefused_GoesOnAndEndsIncomplete()
    {
        var run = Finished();
        run.Apply(new RollbackRequested(run.Now, "carol", null));

        run.Decide("rollback:block", approved: false, by: "alice");
        run.Succeed("rollback:tag");

        Assert.Equal(RunStatus.RollbackFailed, run.State.Status);
        Assert.Equal("rollback incomplete: rollback:block did not succeed", run.State.Reason);
    }

    [Fact]
    public void Rollback_OfARunStillGoing_ChangesNothing()
    {
        var run = new RunDriver(Load(Playbook));

        var result = run.Apply(new RollbackRequested(run.Now, "carol", null));

        Assert.False(result.Changed);
        Assert.Null(run.State.Rollback);
    }

    [Fact]
    public void Rollback_AskedTwice_SecondChangesNothing()
    {
        var run = Finished();
        run.Apply(new RollbackRequested(run.Now, "carol", null));

        Assert.False(run.Apply(new RollbackRequested(run.Now, "dave", null)).Changed);
    }

    [Fact]
    public void Rollback_OfSimulatedActions_UndoesNothingAndSaysSo()
    {
        var run = new RunDriver(Load(Playbook));
        foreach (var step in new[] { "look", "tag", "note" })
        {
            run.Apply(new ActionSucceeded(run.Now, run.Step(step).ExecutionId!.Value, step, new JsonObject(), true, 1));
        }

        run.Decide("block", approved: false);
        run.Apply(new RollbackRequested(run.Now, "carol", null));

        Assert.Equal(RunStatus.RolledBack, run.State.Status);
        Assert.Contains(run.State.Rollback!.NotUndone, n => n.StartsWith("tag: case.tag was only simulated", StringComparison.Ordinal));
    }
}
