using AgentSoar.Hosting.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AgentSoar.Hosting;

public static class ServiceDefaults
{
    /// <summary>What every AgentSoar service has: Serilog, health checks, and the system clock as <see cref="TimeProvider"/>.</summary>
    public static IHostApplicationBuilder AddAgentSoarDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddAgentSoarLogging(serviceName);
        builder.Services.AddHealthChecks();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
