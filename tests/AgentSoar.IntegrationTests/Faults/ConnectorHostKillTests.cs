using System.Net;
using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>
/// Kill -9 of the ConnectorHost while non-idempotent actions are in flight: RabbitMQ redelivers the unacknowledged
/// commands to the restarted host, which does not repeat them blindly; each step waits for a person to say what
/// happened, and what they say is done exactly.
/// </summary>
public sealed class ConnectorHostKillTests
{
    [Fact]
    public async Task ConnectorHostKilled_NonIdempotentActionsInFlight_AreNotRepeatedButMarkedForADecision()
    {
        using var playbooks = FaultPlaybooks.Write();
        await using var deployment = await DistributedDeployment.StartAsync(new DistributedOptions { Environment = playbooks.Environment });
        deployment.Sink.Hang();

        // webhook.post is not idempotent: both posts reach the far side, and the host dies before it hears back.
        var alerts = await FaultLoad.PostAlertsAsync(deployment, 2);
        await Eventually.GetAsync("both webhook posts to reach the sink", () => Task.FromResult(deployment.Sink.Requests.Count >= 2 ? "arrived" : null), diagnostics: deployment.Diagnostics);
        deployment.KillConnectorHost();
        deployment.Sink.Release();
        await deployment.RestartConnectorHostAsync();

        using var responder = deployment.Client(TestKeys.Responder);
        var questions = await Eventually.GetAsync("a decision to be asked for each step whose outcome is unknown", async () =>
        {
            var pending = (await UnknownOutcomes.PendingAsync(responder)).Where(a => a.GetProperty("step_id").GetString() == "notify").ToList();
            return pending.Count == 2 ? pending : null;
        }, TimeSpan.FromSeconds(90), deployment.Diagnostics);

        // Redelivered, answered "uncertain", and not sent again.
        Assert.Equal(2, deployment.Sink.Requests.Count);
        foreach (var question in questions)
        {
            var text = question.GetProperty("question").GetProperty("text").GetString()!;
            Assert.Contains("webhook.post may or may not have taken effect", text, StringComparison.Ordinal);
            Assert.Equal(["run_again", "took_effect", "fail"], question.GetProperty("question").GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
        }

        await AnswerAsync(responder, questions[0], "took_effect");
        await AnswerAsync(responder, questions[1], "run_again");

        var runs = await FaultLoad.WaitForRunsAsync(deployment, alerts, TimeSpan.FromSeconds(90));
        Assert.All(runs, r => Assert.Equal("succeeded", r.Status));
        var calls = FaultLoad.SinkCallsPerRun(deployment.Sink);
        Assert.Equal(1, calls[questions[0].GetProperty("run_id").GetString()!]);
        Assert.Equal(2, calls[questions[1].GetProperty("run_id").GetString()!]);
        Assert.All(deployment.Sink.CallsPerIdempotencyKey.Values, n => Assert.Equal(1, n));

        var confirmed = await responder.GetJsonAsync($"/api/v1/runs/{questions[0].GetProperty("run_id").GetString()}");
        var step = confirmed.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "notify");
        Assert.Equal("took_effect", step.GetProperty("output").GetProperty("outcome").GetString());
        Assert.Equal("rita", step.GetProperty("output").GetProperty("confirmed_by")[0].GetString());
    }

    private static async Task AnswerAsync(ApiClient api, JsonElement question, string answer)
    {
        using var response = await UnknownOutcomes.AnswerAsync(api, question, answer, "checked the SOC channel");
        var body = await ApiClient.BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
    }
}
