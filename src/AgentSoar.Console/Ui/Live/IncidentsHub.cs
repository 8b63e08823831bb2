using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace AgentSoar.Console.Ui.Live;

/// <summary>Pushes incident and run changes to signed-in browsers. It accepts no calls yet: approvals over the hub come with their role checks.</summary>
[Authorize(Policy = ConsoleUiPolicy.SignedIn)]
public sealed class IncidentsHub : Hub
{
    /// <summary>The client method each change is sent to, with a <see cref="LiveChange"/>.</summary>
    public const string ChangeMethod = "change";
}
