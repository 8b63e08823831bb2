using AgentSoar.Contracts.Approvals;

namespace AgentSoar.Engine.Approvals;

/// <summary>
/// The rules every decision passes, pure and in one place: a decision is final and recorded once;
/// the proposer cannot approve; each approver counts once; a role, when asked, is required; an
/// approval must name the exact action (hash); past the expiry every vote finds the ticket expired.
/// </summary>
public static class ApprovalGate
{
    public static GateResult Decide(ApprovalTicket ticket, ApprovalVote vote, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(vote);

        if (ticket.Status == ApprovalStatus.Pending && now >= ticket.ExpiresAt)
        {
            var expired = Expire(ticket, now);
            return new GateResult(expired, DecisionOutcome.AlreadyDecided, $"the approval expired at {ticket.ExpiresAt:O}, which counts as a denial") { Resolved = true };
        }

        // The general rules see the vote as cast (a rejection needs no hash); the question's rules see it as an answer.
        var refusal = Refuse(ticket, vote);
        vote = QuestionVotes.Normalize(ticket, vote);
        refusal ??= QuestionVotes.Refuse(ticket, vote);
        if (refusal is not null)
        {
            return refusal;
        }

        var decisions = ticket.Decisions.Add(new ApproverDecision(vote.By, vote.Approve, vote.Reason, now) { Answer = vote.Answer });
        if (!vote.Approve)
        {
            var rejected = ticket with { Decisions = decisions, Status = ApprovalStatus.Rejected, DecidedAt = now };
            return new GateResult(rejected, DecisionOutcome.Recorded, $"rejected by {vote.By}") { Resolved = true };
        }

        var updated = ticket with { Decisions = decisions };
        if (updated.ApprovalsGiven >= ticket.RequiredApprovals)
        {
            updated = updated with { Status = ApprovalStatus.Approved, DecidedAt = now, Answer = vote.Answer };
            return new GateResult(updated, DecisionOutcome.Recorded, $"approved ({updated.ApprovalsGiven} of {ticket.RequiredApprovals})") { Resolved = true };
        }

        return new GateResult(updated, DecisionOutcome.Recorded, $"approval recorded ({updated.ApprovalsGiven} of {ticket.RequiredApprovals}); waiting for more");
    }

    public static ApprovalTicket Expire(ApprovalTicket ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.Status == ApprovalStatus.Pending ? ticket with { Status = ApprovalStatus.Expired, DecidedAt = now } : ticket;
    }

    private static GateResult? Refuse(ApprovalTicket ticket, ApprovalVote vote)
    {
        GateResult No(DecisionOutcome outcome, string detail) => new(ticket, outcome, detail);

        if (ticket.Status != ApprovalStatus.Pending)
        {
            return No(DecisionOutcome.AlreadyDecided, $"the approval is already {EngineJson.EnumName(ticket.Status)}; a decision is final");
        }

        // An approval binds to the exact action: it must name the hash it approves. A rejection
        // needn't (refusing a changed action does no harm), but a stale one is still refused.
        if (vote.Approve && vote.ActionHash is null)
        {
            return No(DecisionOutcome.HashMismatch, "an approval must name the action_hash of the action it approves");
        }

        if (vote.ActionHash is not null && !string.Equals(vote.ActionHash, ticket.ActionHash, StringComparison.OrdinalIgnoreCase))
        {
            return No(DecisionOutcome.HashMismatch, "the action changed since it was shown: the hash does not match");
        }

        if (string.Equals(vote.By, ticket.ProposedBy, StringComparison.OrdinalIgnoreCase))
        {
            return No(DecisionOutcome.Forbidden, $"{vote.By} proposed this action and cannot decide on it");
        }

        if (ticket.Decisions.Any(d => string.Equals(d.By, vote.By, StringComparison.OrdinalIgnoreCase)))
        {
            return No(DecisionOutcome.Forbidden, $"{vote.By} has already decided on this approval; each person counts once");
        }

        if (ticket.Role is not null && !vote.Roles.Contains(ticket.Role, StringComparer.OrdinalIgnoreCase))
        {
            return No(DecisionOutcome.Forbidden, $"this approval needs the role '{ticket.Role}'");
        }

        return null;
    }
}
