using System.Net;
using System.Net.Sockets;

namespace AgentSoar.Connectors.Conformance.Tests;

/// <summary>A port on the loopback address that nothing listens on: a real call to it is refused at once and reaches nothing.</summary>
internal static class ClosedPort
{
    public static int Get()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
