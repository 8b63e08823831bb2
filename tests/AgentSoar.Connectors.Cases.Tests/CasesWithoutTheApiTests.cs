using System.Net;
using AgentSoar.Connectors.Cases.Tests.TestSupport;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.Cases.Tests;

/// <summary>What the connector does when the API is missing, broken, slow or not the API at all.</summary>
public sealed class CasesWithoutTheApiTests
{
    private static readonly Guid Incident = Guid.NewGuid();

    [Fact]
    public async Task Execute_NotConfigured_FailsPermanentlySayingWhatToSet()
    {
        using var host = CasesHost.For(null, null);

        var result = await host.ExecuteAsync("cases", "comment", new { text = "hi" }, incidentId: Incident);

        Assert.Equal(ActionErrorKind.Permanent, result.Failed!.ErrorKind);
        Assert.Contains("AgentSoar:Connectors:cases:ApiUrl", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_NoIncidentAnywhere_IsInvalidInput()
    {
        using var host = CasesHost.For("http://127.0.0.1:9", "some-key-0123456789");

        var result = await host.ExecuteAsync("cases", "comment", new { text = "hi" }, incidentId: Guid.Empty);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.StartsWith("incident_id:", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_ServerError_IsTransientAndRetried()
    {
        await using var api = ScriptedServer.Start(_ => (503, "{\"title\":\"Coordinator unavailable\",\"detail\":\"try later\"}", TimeSpan.Zero, null));
        using var host = CasesHost.For(api.Url, "some-key-0123456789");

        var result = await host.ExecuteAsync("cases", "tag", new { tags = new[] { "x" } }, incidentId: Incident, maxAttempts: 3);

        Assert.Equal(ActionErrorKind.Transient, result.Failed!.ErrorKind);
        Assert.Contains("Coordinator unavailable", result.Failed.Error, StringComparison.Ordinal);
        Assert.Equal(3, api.Requests.Count);
        Assert.All(api.Requests, r => Assert.Equal(api.Requests.First().IdempotencyKey, r.IdempotencyKey));
        Assert.All(api.Requests, r => Assert.Equal($"/api/v1/incidents/{Incident}/tags", r.Path));
    }

    [Fact]
    public async Task Execute_SlowApi_TimesOutAsTransient()
    {
        await using var api = ScriptedServer.Start(_ => (200, "{}", TimeSpan.FromSeconds(10), null));
        using var host = CasesHost.For(api.Url, "some-key-0123456789", new Dictionary<string, string?> { ["AgentSoar:Connectors:cases:Timeout"] = "00:00:00.300" });

        var result = await host.ExecuteAsync("cases", "comment", new { text = "hi" }, incidentId: Incident);

        Assert.Equal(ActionErrorKind.Transient, result.Failed!.ErrorKind);
        Assert.Contains("did not answer", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_Redirect_IsNotFollowed()
    {
        await using var elsewhere = ScriptedServer.Start(_ => (200, "{}", TimeSpan.Zero, null));
        await using var api = ScriptedServer.Start(_ => (307, "", TimeSpan.Zero, elsewhere.Url + "/steal"));
        using var host = CasesHost.For(api.Url, "some-key-0123456789");

        var result = await host.ExecuteAsync("cases", "comment", new { text = "hi" }, incidentId: Incident);

        Assert.Equal(ActionErrorKind.Permanent, result.Failed!.ErrorKind);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task Execute_AnswerThatIsNotTheApis_FailsPermanently()
    {
        await using var api = ScriptedServer.Start(_ => (200, "<html>a login page</html>", TimeSpan.Zero, null));
        using var host = CasesHost.For(api.Url, "some-key-0123456789");

        var result = await host.ExecuteAsync("cases", "close", new { resolution = "benign" }, incidentId: Incident);

        Assert.Equal(ActionErrorKind.Permanent, result.Failed!.ErrorKind);
        Assert.Contains("not what this connector understands", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_Simulated_CallsNothing()
    {
        await using var api = ScriptedServer.Start(_ => (200, "{}", TimeSpan.Zero, null));
        using var host = CasesHost.For(api.Url, "some-key-0123456789", new Dictionary<string, string?> { ["AgentSoar:Connectors:cases:Simulation"] = "true" });

        var result = await host.ExecuteAsync("cases", "close", new { resolution = "benign" }, incidentId: Incident);

        Assert.True(result.Succeeded, result.Failed?.Error);
        Assert.True(result.Completed!.Simulated);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task Execute_SendsTheKeyAsBearerAndTheBodyAsJson()
    {
        await using var api = ScriptedServer.Start(_ => (200, """{"outcome":"changed","detail":"closed as benign","incident":{"id":"00000000-0000-0000-0000-000000000001","status":"closed","tags":[],"resolution":"benign"}}""", TimeSpan.Zero, null));
        using var host = CasesHost.For(api.Url, "some-key-0123456789");

        var result = await host.ExecuteAsync("cases", "close", new { resolution = "false_positive", reason = "lab" }, incidentId: Incident);

        Assert.True(result.Succeeded, result.Failed?.Error);
        var request = Assert.Single(api.Requests);
        Assert.Equal("Bearer some-key-0123456789", request.Authorization);
        Assert.Equal("""{"resolution":"false_positive","reason":"lab"}""", request.Body);
    }

    /// <summary>An HTTP server on a free loopback port that answers every request as scripted.</summary>
    private sealed class ScriptedServer(Func<string, (int Status, string Body, TimeSpan Delay, string? Location)> answer) : LoopbackHttpServer
    {
        public string Url => BaseUrl;

        public System.Collections.Concurrent.ConcurrentQueue<Received> Requests { get; } = new();

        public static ScriptedServer Start(Func<string, (int, string, TimeSpan, string?)> answer) => new(answer);

        protected override async Task AnswerAsync(HttpListenerContext context)
        {
            var request = await ReadAsync(context);
            Requests.Enqueue(new Received(
                request.Path, request.Headers.GetValueOrDefault("Authorization"), request.Headers.GetValueOrDefault("Idempotency-Key"), request.Body));
            var (status, body, delay, location) = answer(request.Path);
            if (location is not null)
            {
                context.Response.RedirectLocation = location;
            }

            await RespondAsync(context, status, body, contentType: null, delay);
        }

        public sealed record Received(string Path, string? Authorization, string? IdempotencyKey, string Body);
    }
}
