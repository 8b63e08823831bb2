using AgentSoar.Connectors.Sdk;

namespace AgentSoar.TestPlugin.Alpha;

/// <summary>A test plugin whose one action says which version of its helper library it sees.</summary>
public sealed class AlphaConnector : Connector
{
    /// <inheritdoc/>
    public override string Name => "alpha";

    /// <inheritdoc/>
    public override string Description => "Test plugin Alpha: reports the helper library version it loaded.";

    /// <inheritdoc/>
    public override IReadOnlyList<ConnectorAction> CreateActions(ConnectorSetup setup) => [new HelperVersionAction()];
}
