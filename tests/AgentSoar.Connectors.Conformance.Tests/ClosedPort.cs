namespace AgentSoar.Connectors.Conformance.Tests;

/// <summary>A port on the loopback address that nothing listens on: a real call to it is refused at once and reaches nothing.</summary>
internal static class ClosedPort
{
    public static int Get() => LoopbackHttpServer.FreePort();
}
