using AgentSoar.Contracts.Incidents;

namespace AgentSoar.Console.Ui.Room;

/// <summary>
/// What the room's chat box offers to complete: each command, filled in with this room's pending approvals, its runs
/// and the playbooks the planner considered for it.
/// </summary>
public static class RoomSuggestions
{
    public static IReadOnlyList<string> For(IEnumerable<int> pendingApprovals, IEnumerable<Guid> runs, IEnumerable<string> candidatePlaybooks, string viewer)
    {
        var suggestions = new List<string>();
        foreach (var number in pendingApprovals)
        {
            suggestions.Add($"/approve {number}");
            suggestions.Add($"/reject {number} ");
        }

        suggestions.Add("/assign me");
        suggestions.Add($"/assign {viewer}");
        suggestions.Add("/assign nobody");
        suggestions.AddRange(IncidentResolutions.All.Select(r => $"/close {r} "));
        suggestions.Add("/reopen ");
        suggestions.AddRange(candidatePlaybooks.Select(p => $"/run {p} "));
        suggestions.Add("/run ");
        suggestions.AddRange(runs.Select(r => $"/rollback {RoomActions.Short(r)} "));
        suggestions.Add("/help");
        suggestions.Add("why");
        suggestions.Add("what ran");
        return suggestions.Distinct(StringComparer.Ordinal).ToList();
    }
}
