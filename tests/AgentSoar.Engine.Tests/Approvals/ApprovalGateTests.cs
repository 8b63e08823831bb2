using System.Text.Json.Nodes;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Approvals;
using AgentSoar.Engine.Approvals;

namespace AgentSoar.Engine.Tests.Approvals;

public sealed class ApprovalGateTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static ApprovalTicket Ticket(int required = 1, string? role = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "block", "firewall", "block_ip", new JsonObject { ["ip"] = "203.0.113.7" },
        Hash, RiskLevel.High, required, role,
        "planner:rules", "policy", Now, Now.AddMinutes(15));

    private static readonly string Hash = ActionHash.Compute("firewall", "block_ip", new JsonObject { ["ip"] = "203.0.113.7" });

    private static ApprovalVote Vote(string by, bool approve = true, string? hash = "", params string[] roles) =>
        new(by, roles, approve, approve ? null : "no", hash == string.Empty ? Hash : hash);

    [Fact]
    public void Decide_SingleApproverQuorumOne_Approves()
    {
        var result = ApprovalGate.Decide(Ticket(), Vote("alice"), Now.AddMinutes(1));

        Assert.Equal(DecisionOutcome.Recorded, result.Outcome);
        Assert.True(result.Resolved);
        Assert.Equal(ApprovalStatus.Approved, result.Ticket.Status);
        Assert.Equal(Now.AddMinutes(1), result.Ticket.DecidedAt);
    }

    [Fact]
    public void Decide_ByProposer_IsForbiddenAndChangesNothing()
    {
        var ticket = Ticket();

        var result = ApprovalGate.Decide(ticket, Vote("planner:rules"), Now);

        Assert.Equal(DecisionOutcome.Forbidden, result.Outcome);
        Assert.Same(ticket, result.Ticket);
        Assert.Contains("proposed", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_FourEyes_NeedsTwoDistinctPeople()
    {
        var first = ApprovalGate.Decide(Ticket(required: 2), Vote("alice"), Now);
        var again = ApprovalGate.Decide(first.Ticket, Vote("ALICE"), Now);
        var second = ApprovalGate.Decide(first.Ticket, Vote("bob"), Now);

        Assert.Equal(ApprovalStatus.Pending, first.Ticket.Status);
        Assert.False(first.Resolved);
        Assert.Equal(DecisionOutcome.Forbidden, again.Outcome);
        Assert.Equal(ApprovalStatus.Approved, second.Ticket.Status);
        Assert.Equal(2, second.Ticket.ApprovalsGiven);
    }

    [Fact]
    public void Decide_AfterFinalDecision_IsRefusedAsAlreadyDecided()
    {
        var approved = ApprovalGate.Decide(Ticket(), Vote("alice"), Now).Ticket;

        var second = ApprovalGate.Decide(approved, Vote("bob", approve: false), Now);

        Assert.Equal(DecisionOutcome.AlreadyDecided, second.Outcome);
        Assert.Equal(ApprovalStatus.Approved, second.Ticket.Status);
        Assert.Single(second.Ticket.Decisions);
    }

    [Fact]
    public void Decide_Reject_DeniesAtOnceEvenWithQuorumTwo()
    {
        var result = ApprovalGate.Decide(Ticket(required: 2), Vote("alice", approve: false), Now);

        Assert.Equal(ApprovalStatus.Rejected, result.Ticket.Status);
        Assert.True(result.Resolved);
        Assert.Equal("no", result.Ticket.Decisions[0].Reason);
    }

    [Fact]
    public void Decide_PastExpiry_ExpiresTheTicketInsteadOfApproving()
    {
        var result = ApprovalGate.Decide(Ticket(), Vote("alice"), Now.AddMinutes(15));

        Assert.Equal(DecisionOutcome.AlreadyDecided, result.Outcome);
        Assert.Equal(ApprovalStatus.Expired, result.Ticket.Status);
        Assert.True(result.Resolved);
        Assert.Empty(result.Ticket.Decisions);
    }

    [Fact]
    public void Decide_WithStaleHash_IsRefused()
    {
        var ticket = Ticket();
        var otherHash = ActionHash.Compute("firewall", "block_ip", new JsonObject { ["ip"] = "203.0.113.8" });

        var result = ApprovalGate.Decide(ticket, Vote("alice", hash: otherHash), Now);

        Assert.Equal(DecisionOutcome.HashMismatch, result.Outcome);
        Assert.Equal(ApprovalStatus.Pending, result.Ticket.Status);
    }

    [Fact]
    public void Decide_ApproveWithoutHash_IsRefused()
    {
        var result = ApprovalGate.Decide(Ticket(), Vote("alice", hash: null), Now);

        Assert.Equal(DecisionOutcome.HashMismatch, result.Outcome);
        Assert.Equal(ApprovalStatus.Pending, result.Ticket.Status);
    }

    [Fact]
    public void Decide_RejectWithoutHash_IsRecorded()
    {
        var result = ApprovalGate.Decide(Ticket(), Vote("alice", approve: false, hash: null), Now);

        Assert.Equal(ApprovalStatus.Rejected, result.Ticket.Status);
    }

    [Fact]
    public void Decide_WithMatchingHash_IsRecorded()
    {
        var ticket = Ticket();

        var result = ApprovalGate.Decide(ticket, Vote("alice", hash: ticket.ActionHash.ToUpperInvariant()), Now);

        Assert.Equal(ApprovalStatus.Approved, result.Ticket.Status);
    }

    [Fact]
    public void Decide_RoleRequiredAndMissing_IsForbidden()
    {
        var denied = ApprovalGate.Decide(Ticket(role: "responder"), Vote("alice", true, "", "analyst"), Now);
        var allowed = ApprovalGate.Decide(Ticket(role: "responder"), Vote("bob", true, "", "Responder"), Now);

        Assert.Equal(DecisionOutcome.Forbidden, denied.Outcome);
        Assert.Equal(ApprovalStatus.Approved, allowed.Ticket.Status);
    }
}
