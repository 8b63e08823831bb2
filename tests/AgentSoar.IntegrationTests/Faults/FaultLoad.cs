using System.Net;
using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>A burst of alerts, each opening an incident (and so a run) of its own, and the wait for all of them to finish.</summary>
internal static class FaultLoad
{
    private static readonly string[] Final = ["succeeded", "failed", "denied", "cancelled", "rolled_back", "rollback_failed"];

    /// <summary>
    /// Posts <paramref name="count"/> C2 alerts at once, each with its own IP (198.18.0.0/15, the
    /// benchmarking range), so none shares an observable with another. Every one must be accepted (202).
    /// With an <c>interval</c> (a pause before each post) and <c>parallel</c> 1 they come as a steady stream instead.
    /// </summary>
    /// <returns>The accepted alerts' ids, in posting order.</returns>
    public static async Task<IReadOnlyList<string>> PostAlertsAsync(Deployment deployment, int count, int parallel = 8, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        using var ingest = deployment.Client(TestKeys.Ingest);
        var ids = new string[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, _) =>
        {
            if (interval is { } pause)
            {
                await Task.Delay(pause);
            }

            using var posted = await ingest.PostJsonAsync("/api/v1/alerts", Alerts.C2Beacon(Ip(i)));
            var body = await ApiClient.BodyAsync(posted);
            Assert.True(posted.StatusCode == HttpStatusCode.Accepted, $"alert {i}: {(int)posted.StatusCode} {body}");
            ids[i] = body.GetProperty("alert_id").GetString()!;
        });
        return ids;
    }

    /// <summary>The IP of the <paramref name="index"/>th alert of a burst.</summary>
    public static string Ip(int index) => $"198.18.{index / 250}.{(index % 250) + 1}";

    /// <summary>
    /// Waits until each alert has its incident and every run of those incidents has finished, and
    /// returns them; an incident with no run yet counts as not finished.
    /// </summary>
    public static async Task<IReadOnlyList<FaultRun>> WaitForRunsAsync(Deployment deployment, IReadOnlyList<string> alertIds, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(alertIds);
        using var api = deployment.Client(TestKeys.Analyst);
        using var responder = deployment.Client(TestKeys.Responder);
        var incidents = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<FaultRun> last = [];
        var deadLetters = "none";
        var trails = string.Empty;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var trailsReadAt = TimeSpan.Zero;
        await Eventually.GetAsync($"the runs of {alertIds.Count} alerts to finish", async () =>
        {
            foreach (var alertId in alertIds.Where(a => !incidents.ContainsKey(a)))
            {
                using var response = await api.GetAsync($"/api/v1/alerts/{alertId}");
                if (response.IsSuccessStatusCode && (await ApiClient.BodyAsync(response)).GetProperty("incident_id").GetString() is { } incident)
                {
                    incidents[alertId] = incident;
                }
            }

            if (incidents.Count < alertIds.Count)
            {
                return null;
            }

            var byIncident = new HashSet<string>(incidents.Values, StringComparer.Ordinal);
            var runs = (await api.GetJsonAsync("/api/v1/runs?limit=500")).EnumerateArray()
                .Where(r => byIncident.Contains(r.GetProperty("incident_id").GetString()!))
                .Select(r => new FaultRun(r.GetProperty("id").GetString()!, r.GetProperty("incident_id").GetString()!, r.GetProperty("status").GetString()!, r))
                .ToList();
            last = runs;
            var started = runs.Select(r => r.IncidentId).ToHashSet(StringComparer.Ordinal);
            if (started.Count == byIncident.Count && runs.All(r => Final.Contains(r.Status)))
            {
                return runs;
            }

            // A message a service gave up on explains a missing run at once; the failure message shows them.
            try
            {
                deadLetters = string.Join(Environment.NewLine, (await responder.GetJsonAsync("/api/v1/dead-letters")).EnumerateArray()
                    .Select(l => $"{l.GetProperty("service").GetString()} {l.GetProperty("source_queue").GetString()}: {l.GetProperty("reason").GetString()}"));
            }
            catch (HttpRequestException ex)
            {
                deadLetters = $"(could not list them: {ex.Message})";
            }

            // Long after the others ran, an incident's own trail says how far it got (a plan recorded but not started, or none).
            if (waited.Elapsed - trailsReadAt > TimeSpan.FromSeconds(20))
            {
                trailsReadAt = waited.Elapsed;
                trails = await TrailsAsync(api, incidents.Values.Where(i => !started.Contains(i)).Take(5));
            }

            return null;
        }, timeout, () => $"{incidents.Count} of {alertIds.Count} alerts in incidents; runs: {Summary(last)}{Environment.NewLine}" +
            $"without a run: {string.Join(", ", incidents.Where(i => !last.Any(r => r.IncidentId == i.Value)).Select(i => $"alert {i.Key} (incident {i.Value})"))}{Environment.NewLine}" +
            $"dead letters: {(deadLetters.Length == 0 ? "none" : deadLetters)}{Environment.NewLine}" +
            $"trails of incidents without a run: {trails}{Environment.NewLine}" +
            $"unfinished: {string.Join(Environment.NewLine, last.Where(r => !Final.Contains(r.Status)).Select(r => r.View.ToString()))}{Environment.NewLine}{deployment.Diagnostics()}");
        return last;
    }

    private static async Task<string> TrailsAsync(ApiClient api, IEnumerable<string> incidentIds)
    {
        var text = new System.Text.StringBuilder();
        foreach (var incident in incidentIds)
        {
            text.AppendLine().Append("incident ").Append(incident).Append(':');
            try
            {
                foreach (var entry in (await api.GetJsonAsync($"/api/v1/audit?incident={incident}&limit=50")).GetProperty("entries").EnumerateArray())
                {
                    text.AppendLine().Append("  ").Append(entry.GetProperty("at")).Append(' ').Append(entry.GetProperty("kind").GetString())
                        .Append(' ').Append(entry.GetProperty("data").GetRawText());
                }
            }
            catch (HttpRequestException ex)
            {
                text.Append(" (could not read its trail: ").Append(ex.Message).Append(')');
            }
        }

        return text.ToString();
    }

    /// <summary>Runs counted by status, for failure messages: <c>succeeded=40 running=2</c>.</summary>
    public static string Summary(IEnumerable<FaultRun> runs) =>
        string.Join(' ', runs.GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}"));

    /// <summary>What the sink received, by the run id each body names: how many calls each run made.</summary>
    public static IReadOnlyDictionary<string, int> SinkCallsPerRun(HttpSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        return sink.Requests
            .Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("run").GetString()!)
            .GroupBy(run => run, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }
}
