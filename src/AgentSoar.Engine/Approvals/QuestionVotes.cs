using AgentSoar.Contracts.Approvals;

namespace AgentSoar.Engine.Approvals;

/// <summary>
/// The gate's rules for a question (an approval step): approving means answering. A yes/no question takes approve
/// as yes and reject as no; other questions need the answer itself, one of the choices when there are any, and
/// when more than one person must answer, their answers must agree. Rejecting without an answer refuses to answer.
/// </summary>
internal static class QuestionVotes
{
    public static ApprovalVote Normalize(ApprovalTicket ticket, ApprovalVote vote)
    {
        if (ticket.Question is not { IsYesNo: true } || vote.Answer is not null)
        {
            return vote;
        }

        return vote with { Approve = true, Answer = vote.Approve ? "yes" : "no" };
    }

    public static GateResult? Refuse(ApprovalTicket ticket, ApprovalVote vote)
    {
        if (ticket.Question is not { } question)
        {
            return vote.Answer is null ? null : No(ticket, "this approval is for an action, not a question: it takes approve or reject, not an answer");
        }

        if (!vote.Approve)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(vote.Answer))
        {
            return No(ticket, "this question needs an answer");
        }

        if (question.Choices.Count > 0 && !question.Choices.Contains(vote.Answer))
        {
            return No(ticket, $"'{vote.Answer}' is not one of the answers: {string.Join(", ", question.Choices)}");
        }

        var other = ticket.Decisions.FirstOrDefault(d => d.Approved && !string.Equals(d.Answer, vote.Answer, StringComparison.Ordinal));
        return other is null ? null : No(ticket, $"{other.By} answered '{other.Answer}'; answers must agree (or reject to refuse)");
    }

    private static GateResult No(ApprovalTicket ticket, string detail) => new(ticket, DecisionOutcome.InvalidAnswer, detail);
}
