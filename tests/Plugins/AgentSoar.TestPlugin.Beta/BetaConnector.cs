using AgentSoar.Connectors.Sdk;

namespace AgentSoar.TestPlugin.Beta;

/// <summary>A test plugin whose one action says which version of its helper library it sees.</summary>
public sealed class BetaConnector : Connector
{
    /// <inheritdoc/>
    public override string Name => "beta";

    /// <inheritdoc/>
    public override string Description => "Test plugin Beta: reports the helper library version it loaded.";

    /// <inheritdoc/>
    public override IReadOnlyList<ConnectorAction> CreateActions(ConnectorSetup setup) => [new HelperVersionAction()];
}
