using System.Security.Claims;
using AgentSoar.Contracts.Queries;
using Microsoft.AspNetCore.Authorization;

namespace AgentSoar.Console.Ui.Room;

/// <summary>Who is looking at a room, as far as its cards need to know: what they may do there.</summary>
public sealed record RoomViewer(string Name, IReadOnlyList<string> Roles, bool CanDecide, bool CanWorkCases, bool CanRun)
{
    /// <summary>The signed-in person as the console's role policies see them.</summary>
    public static async Task<RoomViewer> OfAsync(ClaimsPrincipal? user, IAuthorizationService authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        user ??= new ClaimsPrincipal();
        async Task<bool> May(string policy) => (await authorization.AuthorizeAsync(user, policy)).Succeeded;
        return new RoomViewer(
            user.FindFirstValue(ClaimTypes.Name) ?? "",
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
            await May(Auth.Roles.CanDecide),
            await May(Auth.Roles.CanWorkCases),
            await May(Auth.Roles.CanRun));
    }

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
