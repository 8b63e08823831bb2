using System.Collections.Concurrent;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Ldap.Tests.TestSupport;

/// <summary>
/// Calls the connector's actions directly, without the host and so without its secret masking: what
/// the connector itself writes into outputs, failures and logs is what the tests see.
/// </summary>
internal sealed class Direct
{
    private readonly IReadOnlyDictionary<string, ConnectorAction> _actions;

    public Direct(LdapOptions options, string? password)
    {
        Secrets = new Store(password);
        _actions = new LdapConnector().CreateActions(new ConnectorSetup { Options = options, Secrets = Secrets })
            .ToDictionary(action => action.Metadata.Name);
    }

    public Store Secrets { get; }

    public Logger Log { get; } = new();

    public static LdapOptions Options(SlapdServer server) => new()
    {
        ServerUri = server.Uri,
        BindDn = SlapdServer.AdminDn,
        BindPassword = SlapdServer.AdminPassword,
        BaseDn = SlapdServer.Suffix,
        Timeout = TimeSpan.FromSeconds(5),
    };

    public Task<ActionResult> ExecuteAsync(string action, object input) =>
        _actions[action].InvokeAsync(input, new ActionContext { Secrets = Secrets, Logger = Log, Action = action, Connector = "ldap" });

    public Task<ActionResult> SimulateAsync(string action, object input) =>
        _actions[action].InvokeSimulationAsync(input, new ActionContext { Secrets = Secrets, Logger = Log, Action = action, Connector = "ldap", IsSimulation = true });

    public sealed class Store(string? password) : ISecretStore
    {
        public string? GetSecret(string name) => name == "BindPassword" ? password : null;
    }

    public sealed class Logger : IActionLogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public void Log(ActionLogLevel level, string message, Exception? exception = null) => Lines.Enqueue($"{level} {message} {exception}");
    }
}
