using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Connectors.Testing;

namespace AgentSoar.Connectors.Example.Tests;

/// <summary>The Example connector passes the AgentSoar conformance kit; real calls go to a closed port on the loopback address.</summary>
public sealed class ExampleConformanceTests : ConnectorConformanceTests<ExampleConnector>
{
    protected override IReadOnlyDictionary<string, string?> ConnectorSettings { get; } = new Dictionary<string, string?>
    {
        ["BaseUrl"] = $"http://127.0.0.1:{ClosedPort()}/api",
    };

    protected override JsonObject SampleInput(ConnectorAction action) => new()
    {
        ["hostname"] = "ws-042",
        ["tag"] = "under-investigation",
    };

    protected override IEnumerable<JsonObject> InvalidInputs(ConnectorAction action) =>
    [
        .. base.InvalidInputs(action),
        new JsonObject { ["hostname"] = "ws-042", ["tag"] = "no spaces allowed" },
    ];

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
