using AgentSoar.Contracts.Queries;

namespace AgentSoar.Console.Ui.Room;

/// <summary>Who is looking at a room, as far as its cards need to know: what they may do there.</summary>
public sealed record RoomViewer(string Name, IReadOnlyList<string> Roles, bool CanDecide, bool CanWorkCases, bool CanRun)
{
    /// <summary>Why this viewer gets no buttons on a pending approval; null when they may decide it.</summary>
    public string? CannotDecide(ApprovalView approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        if (!CanDecide)
        {
            return "Your role can't decide approvals.";
        }

        if (string.Equals(approval.ProposedBy, Name, StringComparison.Ordinal))
        {
            return "You proposed this action, so someone else must approve it.";
        }

        if (approval.Decisions.Any(d => string.Equals(d.By, Name, StringComparison.Ordinal)))
        {
            return "You have approved; it needs another person.";
        }

        if (approval.Role is { } role && !Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
        {
            return $"Only a {role} may decide this.";
        }

        return null;
    }
}
