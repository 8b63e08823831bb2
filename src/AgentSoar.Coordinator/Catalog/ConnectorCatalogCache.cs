using System.Collections.Concurrent;
using AgentSoar.Contracts.Connectors;
using AgentSoar.Engine.Approvals;

namespace AgentSoar.Coordinator.Catalog;

/// <summary>
/// The connector actions this Coordinator has heard of, from the hosts' catalog announcements.
/// An action not (yet) announced is unknown, and the gate treats it at the policy's unknown-action risk.
/// </summary>
public sealed class ConnectorCatalogCache(TimeProvider clock) : IActionTraitsLookup
{
    /// <summary>
    /// How long after start runs wait for the first announcement. The request on start asks at 0, 1, 3 and 7 s,
    /// and a host answers within moments; past this, no host is up, and waiting longer would only delay deadlines.
    /// </summary>
    public static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<string, ActionInfo> _actions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnnouncedConnector> _connectors = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _known = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly DateTimeOffset _createdAt = clock.GetUtcNow();

    public IReadOnlyCollection<ConnectorInfo> Connectors => _connectors.Values.Select(c => c.Connector).ToList();

    /// <summary>Each connector with the host that announced it last and when (the console's catalog page).</summary>
    public IReadOnlyCollection<AnnouncedConnector> Announced => _connectors.Values.ToList();

    public void Update(ConnectorCatalogPublished catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var connector in catalog.Connectors)
        {
            _connectors[connector.Name] = new AnnouncedConnector(connector, catalog.HostId, catalog.PublishedAt);
            foreach (var action in connector.Actions)
            {
                _actions[Key(connector.Name, action.Name)] = action;
            }
        }

        if (!_connectors.IsEmpty)
        {
            _known.TrySetResult();
        }
    }

    /// <summary>
    /// Returns once a host has announced its catalog, or at the latest <see cref="StartPatience"/> after this
    /// Coordinator started. A Coordinator that just (re)started knows no action until the hosts answer its request,
    /// and the approval gate treats an unknown action at the policy's unknown-action risk (critical by default): a
    /// run stepping onto an action in those first moments (plans and results queued while it was down are consumed
    /// at once) would wait for approvals the action does not need.
    /// </summary>
    public async Task WaitUntilAnnouncedAsync(CancellationToken ct)
    {
        var left = _createdAt + StartPatience - clock.GetUtcNow();
        if (_known.Task.IsCompleted || left <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await _known.Task.WaitAsync(left, clock, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // No host is up: go on as before, unknown actions at the unknown-action risk (fail safe).
        }
    }

    public ActionTraits? Find(string connector, string action) =>
        FindAction(connector, action)?.ToTraits();

    /// <summary>The action as its connector announced it, or null when no host has.</summary>
    public ActionInfo? FindAction(string connector, string action) =>
        _actions.GetValueOrDefault(Key(connector, action));

    private static string Key(string connector, string action) => $"{connector}.{action}";
}
