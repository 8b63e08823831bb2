using System.Collections.Concurrent;
using AgentSoar.Contracts.Connectors;
using MassTransit;

namespace AgentSoar.Planner;

/// <summary>The connectors the hosts announce, as the chat needs them to turn "block 203.0.113.9" into an action.</summary>
public sealed class ConnectorCatalogView
{
    private readonly ConcurrentDictionary<string, ConnectorInfo> _connectors = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ConnectorInfo> Connectors => _connectors.Values.ToList();

    public void Update(ConnectorCatalogPublished catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var connector in catalog.Connectors)
        {
            _connectors[connector.Name] = connector;
        }
    }
}

/// <summary>Keeps <see cref="ConnectorCatalogView"/> current.</summary>
public sealed class PlannerCatalogConsumer(ConnectorCatalogView view) : IConsumer<ConnectorCatalogPublished>
{
    public Task Consume(ConsumeContext<ConnectorCatalogPublished> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        view.Update(context.Message);
        return Task.CompletedTask;
    }
}
