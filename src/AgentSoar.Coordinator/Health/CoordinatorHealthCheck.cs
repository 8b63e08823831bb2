using AgentSoar.Coordinator.Catalog;
using AgentSoar.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AgentSoar.Coordinator.Health;

/// <summary>The database answers, and how many connectors the Coordinator knows of (none yet: degraded).</summary>
public sealed class CoordinatorHealthCheck(ICoordinatorStore store, ConnectorCatalogCache catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        bool up;
        try
        {
            up = await store.PingAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{store.Engine} database unreachable: {ex.GetType().Name}");
        }

        if (!up)
        {
            return HealthCheckResult.Unhealthy($"{store.Engine} database did not answer");
        }

        var connectors = catalog.Connectors.Count;
        return connectors == 0
            ? HealthCheckResult.Degraded($"{store.Engine} database up; no connector host has announced its catalog yet")
            : HealthCheckResult.Healthy($"{store.Engine} database up; {connectors} connector(s) known: {string.Join(", ", catalog.Connectors.Select(c => c.Name).Order(StringComparer.Ordinal))}");
    }
}
