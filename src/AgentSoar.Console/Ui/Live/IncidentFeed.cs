using Microsoft.AspNetCore.SignalR;

namespace AgentSoar.Console.Ui.Live;

/// <summary>
/// The in-process fan-out of incident and run changes: in-process subscribers (components, tests) get
/// each change, and so does every browser connected to <see cref="IncidentsHub"/>.
/// </summary>
public sealed class IncidentFeed(IHubContext<IncidentsHub> hub, ILogger<IncidentFeed> logger)
{
    public event Action<LiveChange>? Changed;

    public async Task PublishAsync(LiveChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            Changed?.Invoke(change);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A broken subscriber must not stop browsers from hearing about the change.
            logger.LogWarning(ex, "A live subscriber failed on a change of incident {IncidentId}", change.IncidentId);
        }

        await hub.Clients.All.SendAsync(IncidentsHub.ChangeMethod, change, ct);
    }
}
