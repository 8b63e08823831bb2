using Microsoft.Extensions.Hosting;

namespace AgentSoar.Storage;

/// <summary>Registers the Coordinator's store from configuration.</summary>
public static class StorageHostApplicationBuilderExtensions
{
    /// <summary>
    /// Binds <c>AgentSoar:Storage</c> (<c>Provider</c>, <c>ConnectionString</c>, <c>DataDirectory</c>, ...),
    /// validates it when the host starts, registers <see cref="ICoordinatorStore"/> and migrates at start.
    /// A relative <c>DataDirectory</c> is taken from the content root.
    /// </summary>
    public static IHostApplicationBuilder AddAgentSoarStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAgentSoarStorage(builder.Configuration);
        return builder;
    }
}
