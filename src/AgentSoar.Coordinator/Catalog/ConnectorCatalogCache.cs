using System.Collections.Concurrent;
using AgentSoar.Contracts.Connectors;
using AgentSoar.Engine.Approvals;

namespace AgentSoar.Coordinator.Catalog;

/// <summary>
/// The connector actions this Coordinator has heard of, from the hosts' catalog announcements.
/// An action not (yet) announced is unknown, and the gate treats it at the policy's unknown-action risk.
/// </summary>
public sealed class ConnectorCatalogCache : IActionTraitsLookup
{
    private readonly ConcurrentDictionary<string, ActionInfo> _actions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnnouncedConnector> _connectors = new(StringComparer.Ordinal);

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
    }

    public ActionTraits? Find(string connector, string action) =>
        FindAction(connector, action)?.ToTraits();

    /// <summary>The action as its connector announced it, or null when no host has.</summary>
    public ActionInfo? FindAction(string connector, string action) =>
        _actions.GetValueOrDefault(Key(connector, action));

    private static string Key(string connector, string action) => $"{connector}.{action}";
}
