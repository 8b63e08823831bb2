namespace AgentSoar.IntegrationTests.Infrastructure;

public static class FreePort
{
    public static int Next() => LoopbackHttpServer.FreePort();
}
