using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AgentSoar.Hosting.Health;

/// <summary>
/// MassTransit's bus check with one change: a bus that is not healthy is unhealthy. MassTransit
/// calls a bus whose broker is gone "degraded" (its endpoints retry the connection), which
/// <c>/health</c> would answer with 200, so a probe would keep a service that cannot move a
/// message in rotation.
/// </summary>
internal sealed class StrictBusHealthCheck(IHealthCheck inner) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = await inner.CheckHealthAsync(context, cancellationToken);
        return result.Status == HealthStatus.Degraded
            ? new HealthCheckResult(HealthStatus.Unhealthy, result.Description, result.Exception, result.Data)
            : result;
    }
}
