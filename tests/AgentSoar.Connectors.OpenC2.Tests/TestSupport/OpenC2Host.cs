namespace AgentSoar.Connectors.OpenC2.Tests.TestSupport;

/// <summary>The openc2 connector's settings for one test actuator, on the shared connector test host.</summary>
internal static class OpenC2Host
{
    public const string Canary = "canary-7f3a9c-openc2-secret";

    /// <summary>A host whose openc2 connector knows one actuator, <c>fw</c>, at <paramref name="url"/>, with a bearer token.</summary>
    public static ConnectorTestHost For(string url, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AgentSoar:Connectors:openc2:Actuators:fw:Url"] = url,
            ["AgentSoar:Connectors:openc2:Actuators:fw:Token"] = Canary,
            ["AgentSoar:Connectors:openc2:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[$"AgentSoar:Connectors:openc2:{key}"] = value;
        }

        return new ConnectorTestHost(settings);
    }
}
