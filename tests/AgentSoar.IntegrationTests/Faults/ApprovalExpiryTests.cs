using System.Net;
using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>An approval that runs out while no Coordinator is up is a denial when one comes back: the action never runs.</summary>
public sealed class ApprovalExpiryTests
{
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task ApprovalExpiresWhileCoordinatorDown_AfterRestart_RunDeniedAndNothingSent()
    {
        // The step asks for one approver; the test's own policy gives approvals 8 s.
        using var playbooks = FaultPlaybooks.Write("approval: { approvers: 1 }", defaultExpiry: Expiry);
        await using var deployment = await DistributedDeployment.StartAsync(new DistributedOptions { Environment = playbooks.Environment });
        var (_, incidentId) = await Incidents.OpenAsync(deployment, Alerts.C2Beacon(FaultLoad.Ip(0)));
        using var api = deployment.Client();
        var pending = await Eventually.GetValueAsync("the approval request", async () =>
            (await api.GetJsonAsync($"/api/v1/approvals?status=pending&incident={incidentId}")).EnumerateArray()
                .Select(a => (JsonElement?)a).FirstOrDefault(), diagnostics: deployment.Diagnostics);
        var expiresAt = pending.GetProperty("expires_at").GetDateTimeOffset();
        var lifetime = expiresAt - pending.GetProperty("created_at").GetDateTimeOffset();
        Assert.True(lifetime > Expiry - TimeSpan.FromSeconds(1) && lifetime <= Expiry, $"open for {lifetime}, not the policy's {Expiry}");

        deployment.KillCoordinator();
        var left = expiresAt - TimeProvider.System.GetUtcNow();
        Assert.True(left > TimeSpan.Zero, $"the approval expired before the Coordinator was killed ({left} left)");
        // Down until the approval is past its expiry: no process was there to expire it.
        await Task.Delay(left + TimeSpan.FromSeconds(1));
        await deployment.RestartCoordinatorAsync();

        var runId = pending.GetProperty("run_id").GetString()!;
        var run = await Eventually.GetValueAsync("the run to end", async () =>
        {
            var r = await api.GetJsonAsync($"/api/v1/runs/{runId}");
            return r.GetProperty("status").GetString() is "succeeded" or "failed" or "denied" ? (JsonElement?)r : null;
        }, diagnostics: deployment.Diagnostics);
        Assert.Equal("denied", run.GetProperty("status").GetString());
        var step = Assert.Single(run.GetProperty("steps").EnumerateArray());
        Assert.Equal("denied", step.GetProperty("status").GetString());
        var approval = Assert.Single((await api.GetJsonAsync($"/api/v1/approvals?status=all&incident={incidentId}")).EnumerateArray());
        Assert.Equal("expired", approval.GetProperty("status").GetString());

        // Too late: a decision now is refused, and still nothing is sent.
        using var late = await api.PostAsync(
            $"/api/v1/approvals/{pending.GetProperty("id").GetString()}/decision",
            new { decision = "approve", reason = "late", action_hash = pending.GetProperty("action_hash").GetString() });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("denied", (await api.GetJsonAsync($"/api/v1/runs/{runId}")).GetProperty("status").GetString());
        Assert.Empty(deployment.Sink.Requests);
    }
}
