using AgentSoar.Console.Auth;
using AgentSoar.Console.Ui.Room;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace AgentSoar.Console.Ui.Live;

/// <summary>
/// The console's live channel: pushes incident, run and approval changes to signed-in browsers, and carries what
/// people do in an incident room. Every call is made as the signed-in caller and checked against the same role
/// policies as the REST API: a viewer's connection is refused <see cref="Decide"/> before it reaches the Coordinator.
/// </summary>
[Authorize(Policy = ConsoleUiPolicy.SignedIn)]
public sealed class IncidentsHub(RoomActions room) : Hub
{
    /// <summary>The client method each change is sent to, with a <see cref="LiveChange"/>.</summary>
    public const string ChangeMethod = "change";

    /// <summary>A line typed in an incident's room: a message, or a command such as <c>/approve 2</c>.</summary>
    public Task<RoomReply> Say(Guid incidentId, string text) =>
        room.ExecuteAsync(Context.User!, incidentId, text, Context.ConnectionAborted);

    /// <summary>Run or Dismiss on a plan the planner only proposed; the role check depends on which, so it is made inside.</summary>
    public Task<RoomReply> DecidePlan(Guid planId, bool run, string? reason) =>
        room.DecidePlanAsync(Context.User!, planId, run, reason, Context.ConnectionAborted);

    /// <summary>Approve or reject from an approval card; <paramref name="actionHash"/> is the hash the card showed.</summary>
    [Authorize(Policy = Roles.CanDecide)]
    public Task<RoomReply> Decide(Guid approvalId, bool approve, string? actionHash, string? reason, string? answer) =>
        room.DecideAsync(Context.User!, approvalId, approve, actionHash, reason, answer, Context.ConnectionAborted);
}
