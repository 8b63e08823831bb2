using System.Text.Json.Nodes;
using AgentSoar.Connectors.Ldap;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Connectors.Testing;

namespace AgentSoar.Connectors.Conformance.Tests;

/// <summary>The <c>ldap</c> connector passes the conformance kit, its directory a closed loopback port and its bind password the canary.</summary>
public sealed class LdapConformanceTests : ConnectorConformanceTests<LdapConnector>
{
    protected override IReadOnlyDictionary<string, string?> ConnectorSettings { get; } = new Dictionary<string, string?>
    {
        ["ServerUri"] = $"ldap://127.0.0.1:{ClosedPort.Get()}",
        ["BindDn"] = "cn=admin,dc=example,dc=org",
        ["BaseDn"] = "ou=people,dc=example,dc=org",
        ["Timeout"] = "00:00:02",
    };

    protected override string CanarySecretKey => "BindPassword";

    protected override JsonObject SampleInput(ConnectorAction action) => Samples.Fill(base.SampleInput(action));
}
