namespace AgentSoar.ConnectorHost.Tests.TestSupport;

/// <summary>The test connector's actions under another name, to show that a connector's settings stay its own.</summary>
public sealed class OtherTestConnector : TestConnector
{
    public override string Name => "other";
}
