using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.Console.BrowserTests.Infrastructure;

/// <summary>Incidents and gated actions made through the REST API, for the browser to act on.</summary>
public static class Rooms
{
    private static int _lastHost = 99;

    /// <summary>
    /// An address of 198.51.100.100-254, new to this test run: the simulated intelligence calls it malicious, and no
    /// other test's alert carries it, so an alert on it opens its own incident instead of joining (being correlated
    /// into) another test's.
    /// </summary>
    public static string NextIp()
    {
        var host = Interlocked.Increment(ref _lastHost);
        return host <= 254 ? $"198.51.100.{host}" : throw new InvalidOperationException("More than 155 addresses in one run: widen Rooms.NextIp.");
    }

    /// <summary>Posts a C2-beacon alert for <paramref name="ip"/> (block-malicious-ip starts by itself) and returns its incident's id once it exists.</summary>
    public static Task<string> OpenIncidentAsync(ConsoleFixture console, string ip) =>
        OpenAsync(console, Alerts.C2Beacon(ip), "C2 beacon to " + ip);

    /// <summary>Posts a port-scan alert from <paramref name="ip"/>: its plan (enrichment-only-triage) is only proposed in this deployment.</summary>
    public static Task<string> OpenProposalIncidentAsync(ConsoleFixture console, string ip) =>
        OpenAsync(console, Alerts.PortScan(ip), "Port scan from " + ip);

    private static async Task<string> OpenAsync(ConsoleFixture console, string alert, string title)
    {
        ArgumentNullException.ThrowIfNull(console);
        using var ingest = console.Deployment.Client(TestKeys.Ingest);
        using (var posted = await ingest.PostJsonAsync("/api/v1/alerts", alert))
        {
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        }

        using var admin = console.Deployment.Client(TestKeys.Admin);
        return await Eventually.GetAsync($"the incident \"{title}\"", async () =>
        {
            var incidents = await admin.GetJsonAsync("/api/v1/incidents");
            return incidents.EnumerateArray()
                .Where(i => i.GetProperty("title").GetString() == title)
                .Select(i => i.GetProperty("id").GetString())
                .FirstOrDefault();
        }, diagnostics: console.Deployment.Diagnostics);
    }

    /// <summary>Asks, as the admin API key ("alice"), for an action in the incident's chat; returns the run it started.</summary>
    public static async Task<string> RequestActionAsync(ConsoleFixture console, string incidentId, string message)
    {
        ArgumentNullException.ThrowIfNull(console);
        using var alice = console.Deployment.Client(TestKeys.Admin);
        using var response = await alice.PostAsync($"/api/v1/incidents/{incidentId}/chat", new { message });
        var body = await ApiClient.BodyAsync(response);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("run_id").GetString()!;
    }

    /// <summary>The pending approval of <paramref name="runId"/>, once the run waits for it.</summary>
    public static async Task<JsonElement> PendingApprovalAsync(ConsoleFixture console, string runId)
    {
        ArgumentNullException.ThrowIfNull(console);
        using var admin = console.Deployment.Client(TestKeys.Admin);
        return await Eventually.GetValueAsync("the action to wait for approval", async () =>
        {
            var pending = await admin.GetJsonAsync("/api/v1/approvals?status=pending&limit=500");
            return pending.EnumerateArray().Where(a => a.GetProperty("run_id").GetString() == runId).Select(a => (JsonElement?)a).FirstOrDefault();
        }, diagnostics: console.Deployment.Diagnostics);
    }

    /// <summary>The run once it has finished (succeeded, failed or denied).</summary>
    public static async Task<JsonElement> FinishedRunAsync(ConsoleFixture console, string runId)
    {
        ArgumentNullException.ThrowIfNull(console);
        using var admin = console.Deployment.Client(TestKeys.Admin);
        return await Eventually.GetValueAsync("the run to finish", async () =>
        {
            var run = await admin.GetJsonAsync($"/api/v1/runs/{runId}");
            return run.GetProperty("status").GetString() is "succeeded" or "failed" or "denied" ? (JsonElement?)run : null;
        }, diagnostics: console.Deployment.Diagnostics);
    }

    /// <summary>A new account with a name unique to this run, made through the users API; returns how to sign in as it.</summary>
    public static async Task<(string Name, string Password)> NewUserAsync(ConsoleFixture console, string prefix, params string[] roles)
    {
        var name = $"{prefix}{Random.Shared.Next(100_000, 999_999)}";
        var password = "pw-" + Guid.NewGuid().ToString("N");
        await Accounts.CreateUserAsync(console, name, password, roles);
        return (name, password);
    }

    public static async Task<JsonElement> ApprovalAsync(ConsoleFixture console, string approvalId)
    {
        ArgumentNullException.ThrowIfNull(console);
        using var admin = console.Deployment.Client(TestKeys.Admin);
        var all = await admin.GetJsonAsync("/api/v1/approvals?status=all&limit=500");
        return all.EnumerateArray().Single(a => a.GetProperty("id").GetString() == approvalId);
    }
}
