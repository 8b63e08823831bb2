using System.Text.Json.Nodes;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Approvals;
using AgentSoar.Engine.Approvals;

namespace AgentSoar.Engine.Tests.Approvals;

/// <summary>The gate's rules for an approval step's question: approving means answering.</summary>
public sealed class QuestionGateTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static readonly JsonObject Asked = new() { ["question"] = "Which?", ["answer"] = "choice", ["choices"] = new JsonArray("isolate", "block") };

    private static readonly string Hash = ActionHash.Compute("approval", "question", Asked);

    private static ApprovalTicket Ticket(string kind = "choice", int required = 1) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "ask", "approval", "question", Asked.DeepClone(), Hash, RiskLevel.Low, required, null,
        "planner:rules", "the playbook asks", Now, Now.AddMinutes(30))
    {
        Question = new ApprovalQuestion("Which?", kind, kind == "choice" ? ["isolate", "block"] : kind == "yes_no" ? ["yes", "no"] : []),
    };

    private static ApprovalVote Answer(string by, string? answer, bool approve = true, string? hash = null) =>
        new(by, [], approve, null, hash ?? Hash) { Answer = answer };

    [Fact]
    public void Decide_ChoiceAmongTheAnswers_ResolvesWithIt()
    {
        var result = ApprovalGate.Decide(Ticket(), Answer("alice", "block"), Now);

        Assert.True(result.Resolved);
        Assert.Equal((ApprovalStatus.Approved, "block"), (result.Ticket.Status, result.Ticket.Answer));
        Assert.Equal("block", Assert.Single(result.Ticket.Decisions).Answer);
    }

    [Fact]
    public void Decide_AnswerNotAmongTheChoices_IsRefused()
    {
        var result = ApprovalGate.Decide(Ticket(), Answer("alice", "nuke"), Now);

        Assert.Equal(DecisionOutcome.InvalidAnswer, result.Outcome);
        Assert.Empty(result.Ticket.Decisions);
    }

    [Fact]
    public void Decide_ApproveWithoutAnAnswer_IsRefused() =>
        Assert.Equal("this question needs an answer", ApprovalGate.Decide(Ticket(), Answer("alice", null), Now).Detail);

    [Fact]
    public void Decide_AnswersThatDisagree_SecondIsRefused()
    {
        var first = ApprovalGate.Decide(Ticket(required: 2), Answer("alice", "block"), Now).Ticket;

        var second = ApprovalGate.Decide(first, Answer("bob", "isolate"), Now);

        Assert.Equal(DecisionOutcome.InvalidAnswer, second.Outcome);
        Assert.Contains("alice answered 'block'", second.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_YesNoRejectedWithoutHash_AnswersNo()
    {
        var result = ApprovalGate.Decide(Ticket("yes_no"), new ApprovalVote("alice", [], false, "not now", null), Now);

        Assert.Equal((ApprovalStatus.Approved, "no"), (result.Ticket.Status, result.Ticket.Answer));
    }

    [Fact]
    public void Decide_YesNoApprovedWithoutHash_IsRefusedLikeAnyApproval() =>
        Assert.Equal(DecisionOutcome.HashMismatch, ApprovalGate.Decide(Ticket("yes_no"), new ApprovalVote("alice", [], true, null, null), Now).Outcome);

    [Fact]
    public void Decide_ChoiceRejected_RefusesToAnswer()
    {
        var result = ApprovalGate.Decide(Ticket(), Answer("alice", null, approve: false), Now);

        Assert.Equal(ApprovalStatus.Rejected, result.Ticket.Status);
        Assert.Null(result.Ticket.Answer);
    }

    [Fact]
    public void Decide_AnswerOnAnActionApproval_IsRefused()
    {
        var action = Ticket() with { Question = null };

        Assert.Equal(DecisionOutcome.InvalidAnswer, ApprovalGate.Decide(action, Answer("alice", "block"), Now).Outcome);
    }
}
