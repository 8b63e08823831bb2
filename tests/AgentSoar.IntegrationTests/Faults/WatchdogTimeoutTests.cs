using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>An action nobody answers is timed out from the deadline kept in the database, by a Coordinator that restarted in between.</summary>
public sealed class WatchdogTimeoutTests
{
    [Fact]
    public async Task ConnectorNeverAnswers_CoordinatorRestartedBeforeTheDeadline_StepTimesOutAndRunFails()
    {
        using var playbooks = FaultPlaybooks.Write("timeout: 1s");
        var settings = new Dictionary<string, string>(playbooks.Environment) { ["AgentSoar__Coordinator__DispatchGrace"] = "00:00:12" };
        await using var deployment = await DistributedDeployment.StartAsync(new DistributedOptions { Environment = settings });
        // With no connector host, the action is sent and never answered: not even a timeout report comes back.
        deployment.KillConnectorHost();

        var (_, incidentId) = await Incidents.OpenAsync(deployment, Alerts.C2Beacon(FaultLoad.Ip(0)));
        using var api = deployment.Client(TestKeys.Analyst);
        var dispatched = await Eventually.GetValueAsync("the action to be sent", async () =>
            (await api.GetJsonAsync($"/api/v1/runs?incident={incidentId}")).EnumerateArray()
                .Where(r => Step(r, "notify") is { } s && s.GetProperty("status").GetString() == "running")
                .Select(r => (JsonElement?)r).FirstOrDefault(), diagnostics: deployment.Diagnostics);
        var runId = dispatched.GetProperty("id").GetString()!;

        // The deadline (the 1 s budget and the Coordinator's 12 s grace for the host) is seconds away: the
        // Coordinator that set it dies, and the one that starts next finds it in the database.
        deployment.KillCoordinator();
        var restartedAt = TimeProvider.System.GetUtcNow();
        await deployment.RestartCoordinatorWithoutConnectorsAsync();
        var run = await Eventually.GetValueAsync("the watchdog to time the step out", async () =>
        {
            var r = await api.GetJsonAsync($"/api/v1/runs/{runId}");
            return r.GetProperty("status").GetString() is "succeeded" or "failed" or "denied" ? (JsonElement?)r : null;
        }, TimeSpan.FromSeconds(90), deployment.Diagnostics);

        Assert.Equal("failed", run.GetProperty("status").GetString());
        var step = Step(run, "notify")!.Value;
        Assert.Equal("failed", step.GetProperty("status").GetString());
        Assert.Equal("timeout", step.GetProperty("error_kind").GetString());
        Assert.Contains("no result from the connector host", step.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(step.GetProperty("finished_at").GetDateTimeOffset() > restartedAt, $"timed out before the restart: {step}");
        Assert.Contains("notify", run.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var timedOut = await FaultAudit.CountPerRunAsync(deployment.DatabaseConnectionString, "step_timed_out");
        Assert.Equal(1, timedOut.GetValueOrDefault(runId));
        Assert.Empty(deployment.Sink.Requests);
    }

    private static JsonElement? Step(JsonElement run, string id) =>
        run.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("id").GetString() == id).Select(s => (JsonElement?)s).FirstOrDefault();
}
