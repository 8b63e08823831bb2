using System.Text.Json.Nodes;
using AgentSoar.Engine.Runs;
using static AgentSoar.Engine.Tests.Runs.EngineFixture;

namespace AgentSoar.Engine.Tests.Runs;

/// <summary>Each branching step records the expression that decided it and the value it took.</summary>
public sealed class BranchDecisionTests
{
    [Fact]
    public void Decision_OfIfSwitchAndGuard_HasTheExpressionItsValueAndTheWay()
    {
        var run = new RunDriver(Load("""
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: decide, name: Decide }
            steps:
              - id: look
                action: intel.lookup
              - id: verdict
                if: "${{ steps.look.output.score > 50 }}"
                then:
                  - id: route
                    switch: "${{ steps.look.output.kind }}"
                    cases:
                      c2: [ { id: c2, action: intel.lookup } ]
                    default: [ { id: other, action: intel.lookup } ]
              - id: maybe
                action: intel.lookup
                if: "${{ steps.look.output.score > 90 }}"
            """));

        run.Succeed("look", new JsonObject { ["score"] = 70, ["kind"] = "c2" });

        Assert.Equal(new BranchDecision("steps.look.output.score > 50", "true", "then"), run.Step("verdict").Decision);
        Assert.Equal(new BranchDecision("steps.look.output.kind", "c2", "c2"), run.Step("route").Decision);
        run.Succeed("c2");
        Assert.Equal(new BranchDecision("steps.look.output.score > 90", "false", "skipped"), run.Step("maybe").Decision);
    }

    [Fact]
    public void Denial_ReplacesTheWaitingDetail()
    {
        var run = new RunDriver(Load("""
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: deny, name: Deny }
            steps:
              - id: block
                action: fw.block
            """));

        run.Decide("block", approved: false, by: "bob");

        Assert.Equal("rejected by bob", run.Step("block").Detail);
    }
}
