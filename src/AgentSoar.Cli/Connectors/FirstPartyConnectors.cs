using AgentSoar.ConnectorHost;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Contracts.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSoar.Cli.Connectors;

/// <summary>The connectors this build ships, loaded by the connector host's own registry, for their catalog.</summary>
internal static class FirstPartyConnectors
{
    /// <summary>What a connector host with no settings would announce: every first-party connector and its actions.</summary>
    /// <exception cref="AgentSoar.ConnectorHost.Configuration.ConnectorConfigurationException">A connector could not start.</exception>
    public static IReadOnlyList<ConnectorInfo> LoadCatalog()
    {
        // Empty on purpose: the machine's settings (a host narrowed to some connectors, say) must not change what a playbook may use.
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddAgentSoarConnectorHost(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<ConnectorRegistry>().Catalog;
    }
}
