using AgentSoar.Contracts;
using AgentSoar.Contracts.Approvals;
using AgentSoar.Coordinator.Approvals;
using AgentSoar.Coordinator.Queries;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Engine.Approvals;
using AgentSoar.Engine.Runs;
using MassTransit;

namespace AgentSoar.Coordinator.Tests.Approvals;

/// <summary>A low-risk change aimed at a critical asset, on the real Coordinator with a policy file that classifies it.</summary>
public sealed class CriticalAssetApprovalTests : IDisposable
{
    private const string Policy = """
        assets:
          - name: domain controllers
            criticality: critical
            match: ["dc-*", "10.0.0.0/24"]
        criticality:
          approvers: { critical: 2 }
          roles: { critical: responder }
        """;

    // intel.tag is low risk: the policy by risk alone would let it run without anyone.
    private const string Playbook = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: tag-dc, name: Tag a domain controller }
        steps:
          - id: tag
            action: intel.tag
            with: { label: suspicious, host: dc-01 }
        """;

    private readonly string _policyFile = Path.GetTempFileName();

    public void Dispose() => File.Delete(_policyFile);

    [Fact]
    public async Task Run_ChangeOnCriticalAsset_WaitsForTwoApprovalsWithTheAssetOnTheApproval()
    {
        await File.WriteAllTextAsync(_policyFile, Policy);
        await using var harness = await CoordinatorHarness.StartAsync(
            new Dictionary<string, string?> { ["AgentSoar:Coordinator:ApprovalPolicyPath"] = _policyFile }, Playbook);
        var (_, run) = await harness.StartRunAsync("tag-dc");

        var waiting = RunStateJson.FromRecord(run).FindStep("tag")!;
        Assert.Equal(StepStatus.WaitingApproval, waiting.Status);
        var record = (await harness.Store.GetApprovalAsync(waiting.ApprovalId!.Value, default))!;
        var ticket = ApprovalTicketJson.FromRecord(record);
        Assert.Equal((2, "responder"), (ticket.RequiredApprovals, ticket.Role));
        Assert.Equal(new AssetMatch("dc-01", "domain controllers", AssetCriticality.Critical), ticket.Asset);
        Assert.Contains("target dc-01 is a critical asset (domain controllers)", ticket.Reason, StringComparison.Ordinal);
        var view = ViewMapper.ToView(record);
        Assert.Equal(("dc-01", "domain controllers"), (view.Target, view.Asset));
        Assert.Equal(AssetCriticality.Critical, view.TargetCriticality);

        var decide = harness.Bus.CreateRequestClient<DecideApproval>();
        var first = await decide.GetResponse<ApprovalDecisionResult>(new DecideApproval(ticket.Id, true, "alice", ["responder"], null, ticket.ActionHash));
        Assert.Equal(DecisionOutcome.Recorded, first.Message.Outcome);
        var afterOne = RunStateJson.FromRecord((await harness.Store.GetRunAsync(run.Id, default))!).FindStep("tag")!;
        Assert.Equal(StepStatus.WaitingApproval, afterOne.Status);

        var second = await decide.GetResponse<ApprovalDecisionResult>(new DecideApproval(ticket.Id, true, "bob", ["responder"], null, ticket.ActionHash));
        Assert.Equal(DecisionOutcome.Recorded, second.Message.Outcome);
        var dispatched = await harness.WaitForAsync("the action to be dispatched", async () =>
            RunStateJson.FromRecord((await harness.Store.GetRunAsync(run.Id, default))!).FindStep("tag") is { Status: StepStatus.Running } step ? step : null);
        Assert.NotNull(dispatched.ExecutionId);
    }
}
