using System.Net;
using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>
/// The promise of the outage tests: every alert the API accepted ends in an incident of its own with one succeeded
/// run, and its webhook reached the far side exactly once.
/// </summary>
internal static class AcceptedAlerts
{
    public static async Task AssertEachRanOnceAsync(Deployment deployment, IReadOnlyList<string> alertIds, TimeSpan timeout)
    {
        // A webhook post in flight when the broker or the database went away may come back as "outcome unknown"
        // (redelivered, not idempotent): a person then checks the far side and answers. The test does what they would.
        using var stop = new CancellationTokenSource();
        var answering = AnswerUnknownOutcomesAsync(deployment, stop.Token);
        IReadOnlyList<FaultRun> runs;
        try
        {
            runs = await FaultLoad.WaitForRunsAsync(deployment, alertIds, timeout);
        }
        finally
        {
            await stop.CancelAsync();
            await answering;
        }

        Assert.Equal(alertIds.Count, runs.Select(r => r.IncidentId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(alertIds.Count, runs.Count);
        Assert.All(runs, r => Assert.True(r.Status == "succeeded", $"run {r.Id} of incident {r.IncidentId} ended {r.Status}: {r.View}"));
        var calls = FaultLoad.SinkCallsPerRun(deployment.Sink);
        Assert.All(runs, r => Assert.True(calls.GetValueOrDefault(r.Id) == 1, $"run {r.Id} reached the webhook {calls.GetValueOrDefault(r.Id)} times"));
    }

    private static async Task AnswerUnknownOutcomesAsync(Deployment deployment, CancellationToken ct)
    {
        using var responder = deployment.Client(TestKeys.Responder);
        var answered = new HashSet<string>(StringComparer.Ordinal);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await AnswerPendingAsync(deployment, responder, answered);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
            {
                // The API is away for a moment (the outage itself): look again.
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task AnswerPendingAsync(Deployment deployment, ApiClient responder, HashSet<string> answered)
    {
        foreach (var question in (await UnknownOutcomes.PendingAsync(responder)).Where(q => !answered.Contains(q.GetProperty("id").GetString()!)))
        {
            var took = FaultLoad.SinkCallsPerRun(deployment.Sink).ContainsKey(question.GetProperty("run_id").GetString()!);
            using var response = await UnknownOutcomes.AnswerAsync(responder, question, took ? "took_effect" : "run_again", "checked the webhook's receiver");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                answered.Add(question.GetProperty("id").GetString()!);
            }
        }
    }
}
