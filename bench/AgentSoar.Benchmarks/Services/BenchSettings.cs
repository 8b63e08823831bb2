namespace AgentSoar.Benchmarks.Services;

/// <summary>The settings every benchmark deployment shares, as environment variables of its services.</summary>
internal static class BenchSettings
{
    public static Dictionary<string, string> Common(string repositoryRoot, BenchKeys keys)
    {
        var playbooks = Path.Combine(repositoryRoot, "bench", "playbooks");
        return new()
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["AgentSoar__Coordinator__PlaybooksPath"] = playbooks,
            ["AgentSoar__Planner__PlaybooksPath"] = playbooks,
            ["AgentSoar__Coordinator__AutoStartPlaybooks__0"] = "bench-*",
            // The alert source must not be the limit being measured: its token bucket is set far above any rate reached here.
            ["AgentSoar__Api__Keys__0__Name"] = "bench-ingest",
            ["AgentSoar__Api__Keys__0__Key"] = keys.Ingest,
            ["AgentSoar__Api__Keys__0__Roles__0"] = "ingest",
            ["AgentSoar__Api__Keys__0__AlertsPerSecond"] = "1000000",
            ["AgentSoar__Api__Keys__0__AlertBurst"] = "1000000",
            ["AgentSoar__Api__Keys__1__Name"] = "bench-reader",
            ["AgentSoar__Api__Keys__1__Key"] = keys.Reader,
            ["AgentSoar__Api__Keys__1__Roles__0"] = "analyst",
            ["AgentSoar__Api__Keys__2__Name"] = "bench-responder",
            ["AgentSoar__Api__Keys__2__Key"] = keys.Responder,
            ["AgentSoar__Api__Keys__2__Roles__0"] = "responder",
        };
    }
}
