using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables.Tests.Support;

internal static class TestConnectors
{
    public static ActionContext Context(TimeProvider? time = null) => new() { IdempotencyKey = "k", Time = time ?? TimeProvider.System };

    public static T Firewall<T>(NftablesOptions options, INftRunner? runner = null)
        where T : ConnectorAction =>
        Actions<T>(runner is null ? new NftablesConnector() : new NftablesConnector(runner), options);

    public static T Isolation<T>(HostIsolationOptions options, INftRunner? runner = null)
        where T : ConnectorAction =>
        Actions<T>(runner is null ? new HostIsolationConnector() : new HostIsolationConnector(runner), options);

    public static NftablesOptions FirewallIn(string? ns) => new() { Enabled = true, NetworkNamespace = ns };

    public static HostIsolationOptions IsolationOf(string hostname, string? ns, params string[] management)
    {
        var options = new HostIsolationOptions();
        options.Hosts[hostname] = new IsolatedHostOptions { NetworkNamespace = ns, ManagementAddresses = management };
        return options;
    }

    private static T Actions<T>(Connector connector, object options)
        where T : ConnectorAction =>
        connector.CreateActions(new ConnectorSetup { Options = options }).OfType<T>().Single();
}
