namespace AgentSoar.Connectors.Cases.Tests.TestSupport;

/// <summary>The cases connector's settings for an API, on the shared connector test host.</summary>
internal static class CasesHost
{
    /// <summary>A host whose cases connector calls <paramref name="apiUrl"/> with <paramref name="apiKey"/>; <paramref name="extra"/> keys are full paths.</summary>
    public static ConnectorTestHost For(string? apiUrl, string? apiKey, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            // Failures are the subject of these tests: an open circuit would hide the next one.
            ["AgentSoar:ConnectorHost:CircuitBreakerEnabled"] = "false",
            ["AgentSoar:Connectors:cases:ApiUrl"] = apiUrl,
            ["AgentSoar:Connectors:cases:ApiKey"] = apiKey,
            ["AgentSoar:Connectors:cases:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new ConnectorTestHost(settings);
    }
}
