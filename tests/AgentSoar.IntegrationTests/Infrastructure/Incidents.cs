using System.Net;

namespace AgentSoar.IntegrationTests.Infrastructure;

public static class Incidents
{
    /// <summary>Posts <paramref name="alert"/> as the ingest key; returns its alert's id and, once intake has recorded it, its incident's.</summary>
    public static async Task<(string AlertId, string IncidentId)> OpenAsync(Deployment deployment, string alert)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        using var ingest = deployment.Client(TestKeys.Ingest);
        using var posted = await ingest.PostJsonAsync("/api/v1/alerts", alert);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var alertId = (await ApiClient.BodyAsync(posted)).GetProperty("alert_id").GetString()!;
        using var reader = deployment.Client(TestKeys.Analyst);
        var incidentId = await Eventually.GetAsync("the alert to open an incident", async () =>
        {
            using var response = await reader.GetAsync($"/api/v1/alerts/{alertId}");
            return response.IsSuccessStatusCode ? (await ApiClient.BodyAsync(response)).GetProperty("incident_id").GetString() : null;
        }, diagnostics: deployment.Diagnostics);
        return (alertId, incidentId);
    }
}
