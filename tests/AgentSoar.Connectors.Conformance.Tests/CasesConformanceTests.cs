using System.Globalization;
using AgentSoar.Connectors.Cases;
using AgentSoar.Connectors.Testing;

namespace AgentSoar.Connectors.Conformance.Tests;

/// <summary>The <c>cases</c> connector passes the conformance kit, its API a closed loopback port and its API key the canary.</summary>
public sealed class CasesConformanceTests : ConnectorConformanceTests<CasesConnector>
{
    protected override IReadOnlyDictionary<string, string?> ConnectorSettings { get; } = new Dictionary<string, string?>
    {
        ["ApiUrl"] = "http://127.0.0.1:" + ClosedPort.Get().ToString(CultureInfo.InvariantCulture),
        ["Timeout"] = "00:00:05",
    };

    protected override string CanarySecretKey => "ApiKey";
}
