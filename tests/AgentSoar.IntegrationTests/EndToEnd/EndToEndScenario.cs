using System.Net;
using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.EndToEnd;

/// <summary>
/// The whole loop, as an analyst lives it: a C2 alert arrives; the planner picks the IP-blocking
/// playbook; enrichment runs by itself; the block and the SOC notification each wait for approval;
/// approved, they run; the webhook reaches the sink exactly once; the audit trail holds it all.
/// </summary>
public static class EndToEndScenario
{
    /// <returns>The id of the run, finished.</returns>
    public static async Task<string> RunAsync(Deployment deployment, Func<Task>? whileWaitingForApproval = null)
    {
        using var api = deployment.Client();
        var posted = await api.PostJsonAsync("/api/v1/alerts", Alerts.C2Beacon());
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);

        var alertId = (await ApiClient.BodyAsync(posted)).GetProperty("alert_id").GetString();
        var incident = await Eventually.GetAsync("the alert to open an incident", async () =>
        {
            using var response = await api.GetAsync($"/api/v1/alerts/{alertId}");
            return response.IsSuccessStatusCode ? (await ApiClient.BodyAsync(response)).GetProperty("incident_id").GetString() : null;
        }, diagnostics: deployment.Diagnostics);
        var incidents = await api.GetJsonAsync("/api/v1/incidents");
        Assert.Equal(incident, Assert.Single(incidents.EnumerateArray()).GetProperty("id").GetString());

        var details = await Eventually.GetValueAsync("a plan and a run", async () =>
        {
            var d = await api.GetJsonAsync($"/api/v1/incidents/{incident}");
            // The incident's parts are read one after another, not as one snapshot: wait for both.
            return d.GetProperty("runs").GetArrayLength() == 1 && d.GetProperty("plans").GetArrayLength() == 1 ? (JsonElement?)d : null;
        }, diagnostics: deployment.Diagnostics);
        var plans = details.GetProperty("plans");
        Assert.True(plans.GetArrayLength() == 1, $"expected one plan in {details}");
        var decision = plans[0].GetProperty("decision");
        Assert.Equal("block-malicious-ip", decision.GetProperty("chosen").GetString());
        Assert.Equal("auto_started", decision.GetProperty("action").GetString());
        Assert.Contains(decision.GetProperty("candidates")[0].GetProperty("fields_used").EnumerateArray(), f => f.GetString() == "severity_id" || f.GetString()!.StartsWith("observables", StringComparison.Ordinal) || f.GetString() == "finding_info.attacks");
        var runId = details.GetProperty("runs")[0].GetProperty("id").GetString()!;

        var block = await WaitForPendingApprovalAsync(api, runId, "block", deployment);
        if (whileWaitingForApproval is not null)
        {
            await whileWaitingForApproval();
        }

        await ApproveAsync(api, block);
        var notify = await WaitForPendingApprovalAsync(api, runId, "notify_soc", deployment);
        Assert.Empty(deployment.Sink.Requests); // the gate holds: nothing posted before approval
        Assert.Equal("webhook", notify.GetProperty("connector").GetString());
        Assert.Equal("medium", notify.GetProperty("risk").GetString());
        await ApproveAsync(api, notify);

        var run = await Eventually.GetValueAsync("the run to finish", async () =>
        {
            var r = await api.GetJsonAsync($"/api/v1/runs/{runId}");
            return r.GetProperty("status").GetString() is "succeeded" or "failed" or "denied" ? (JsonElement?)r : null;
        }, diagnostics: deployment.Diagnostics);
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        AssertSteps(run);

        var request = Assert.Single(deployment.Sink.Requests);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(incident, body.RootElement.GetProperty("incident").GetString());
        Assert.Equal(Alerts.MaliciousIp, body.RootElement.GetProperty("blocked_ip").GetString());
        Assert.Equal("C2 beacon to " + Alerts.MaliciousIp, body.RootElement.GetProperty("title").GetString());
        Assert.True(request.Headers.ContainsKey("Idempotency-Key"));

        await AssertAuditAsync(api, incident!);

        // A decision is final: a second one is refused, and changes nothing.
        using var again = await api.PostAsync($"/api/v1/approvals/{notify.GetProperty("id").GetString()}/decision", new { decision = "reject", reason = "late" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(deployment.Sink.Requests);
        return runId;
    }

    private static void AssertSteps(JsonElement run)
    {
        var steps = run.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal(["enrich", "verdict", "block", "notify_soc"], steps.Keys);
        Assert.Equal("malicious", steps["enrich"].GetProperty("output").GetProperty("verdict").GetString());
        Assert.Equal(Alerts.MaliciousIp, steps["enrich"].GetProperty("inputs").GetProperty("ip").GetString());
        Assert.Contains("took 'then'", steps["verdict"].GetProperty("detail").GetString(), StringComparison.Ordinal);
        foreach (var step in steps.Values)
        {
            Assert.Equal("succeeded", step.GetProperty("status").GetString());
            Assert.True(step.GetProperty("started_at").GetDateTimeOffset() <= step.GetProperty("finished_at").GetDateTimeOffset());
        }

        Assert.Equal(200, steps["notify_soc"].GetProperty("output").GetProperty("status_code").GetInt32());
        Assert.True(run.GetProperty("outputs").GetProperty("blocked").GetBoolean());
    }

    private static async Task AssertAuditAsync(ApiClient api, string incident)
    {
        var audit = await api.GetJsonAsync($"/api/v1/audit?incident={incident}&verify=true");
        Assert.True(audit.GetProperty("chain_valid").GetBoolean());
        var entries = audit.GetProperty("entries").EnumerateArray().ToList();
        var kinds = entries.Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("plan_recorded", kinds);
        Assert.Contains("run_started", kinds);
        Assert.Equal(2, kinds.Count(k => k == "approval_requested"));
        Assert.Equal(2, entries.Count(e => e.GetProperty("kind").GetString() == "approval_vote" && e.GetProperty("actor").GetString() == "alice"));
        Assert.Equal(2, kinds.Count(k => k == "approval_granted"));
        Assert.Contains(entries, e => e.GetProperty("kind").GetString() == "action_succeeded" && e.GetProperty("step_id").GetString() == "notify_soc");
        Assert.Equal("run_finished", kinds.Last(k => k is not "approval_vote"));
        var sequences = entries.Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
    }

    private static async Task<JsonElement> WaitForPendingApprovalAsync(ApiClient api, string runId, string stepId, Deployment deployment) =>
        (await Eventually.GetValueAsync($"an approval request for step {stepId}", async () =>
        {
            var pending = await api.GetJsonAsync("/api/v1/approvals?status=pending");
            return pending.EnumerateArray().Where(a => a.GetProperty("run_id").GetString() == runId && a.GetProperty("step_id").GetString() == stepId)
                .Select(a => (JsonElement?)a).FirstOrDefault();
        }, diagnostics: deployment.Diagnostics));

    private static async Task ApproveAsync(ApiClient api, JsonElement approval)
    {
        using var response = await api.PostAsync(
            $"/api/v1/approvals/{approval.GetProperty("id").GetString()}/decision",
            new { decision = "approve", reason = "verified", action_hash = approval.GetProperty("action_hash").GetString() });
        var body = await ApiClient.BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("approved", body.GetProperty("status").GetString());
    }
}
