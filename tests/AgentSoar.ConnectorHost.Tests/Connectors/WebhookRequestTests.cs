using System.Text.Json;
using AgentSoar.ConnectorHost.Tests.TestSupport;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.ConnectorHost.Tests.Connectors;

/// <summary>The webhook connector's <c>request</c> action: REST calls below a configured endpoint, and nowhere else.</summary>
public sealed class WebhookRequestTests : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Request_PatchWithPathQueryHeadersAndBody_ReachesTheEndpointAndExtractsValues()
    {
        using var host = Host();
        var input = """
            {"endpoint":"tickets","method":"patch","path":"tickets/42","query":{"notify":"yes please"},"headers":{"X-Trace":"t1"},
             "body":{"status":"closed"},"extract":{"ticket":"data.id","first":"items.0.name","missing":"data.nope"}}
            """;

        var result = await host.Executor.ExecuteAsync(Commands.Execute("webhook", "request", input), CancellationToken.None);

        var request = Assert.Single(_receiver.Requests);
        Assert.Equal(("PATCH", "/api/tickets/42", "?notify=yes%20please"), (request.Method, request.Path, request.Query));
        Assert.Equal("closed", JsonDocument.Parse(request.Body).RootElement.GetProperty("status").GetString());
        Assert.Equal("t1", request.Headers["X-Trace"]);
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"svc:{TestHost.Canary}")), request.Headers["Authorization"]);
        var extracted = result.Completed!.Output.GetProperty("extracted");
        Assert.Equal(("T-1", "first"), (extracted.GetProperty("ticket").GetString(), extracted.GetProperty("first").GetString()));
        Assert.Equal(JsonValueKind.Null, extracted.GetProperty("missing").ValueKind);
    }

    [Theory]
    [InlineData("../admin")]
    [InlineData("a/../../admin")]
    [InlineData("//evil.example/x")]
    [InlineData("http://169.254.169.254/latest")]
    [InlineData("x@evil.example")]
    [InlineData("a\\b")]
    [InlineData("a?b=1")]
    public async Task Request_PathThatWouldLeaveTheEndpoint_IsRefusedAndNothingIsSent(string path)
    {
        using var host = Host();

        var result = await host.Executor.ExecuteAsync(
            Commands.Execute("webhook", "request", JsonSerializer.Serialize(new { endpoint = "tickets", method = "GET", path })), CancellationToken.None);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Empty(_receiver.Requests);
    }

    [Theory]
    [InlineData("Authorization")]
    [InlineData("host")]
    [InlineData("Cookie")]
    public async Task Request_PlaybookSettingACredentialOrRoutingHeader_IsRefused(string header)
    {
        using var host = Host();

        var result = await host.Executor.ExecuteAsync(
            Commands.Execute("webhook", "request", JsonSerializer.Serialize(new { endpoint = "tickets", method = "GET", headers = new Dictionary<string, string> { [header] = "x" } })), CancellationToken.None);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Empty(_receiver.Requests);
    }

    [Fact]
    public async Task Request_UnknownMethod_IsRefused()
    {
        using var host = Host();

        var result = await host.Executor.ExecuteAsync(Commands.Execute("webhook", "request", """{"endpoint":"tickets","method":"TRACE"}"""), CancellationToken.None);

        Assert.Contains("is not one of GET, POST, PUT, PATCH, DELETE", result.Failed!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_InSimulation_SendsNothingAndSaysWhatItWouldSend()
    {
        using var host = Host(simulate: true);

        var result = await host.Executor.ExecuteAsync(Commands.Execute("webhook", "request", """{"endpoint":"tickets","method":"DELETE","path":"tickets/7"}"""), CancellationToken.None);

        Assert.Empty(_receiver.Requests);
        Assert.Equal("DELETE", result.Completed!.Output.GetProperty("would_send").GetProperty("method").GetString());
        Assert.EndsWith("/api/tickets/7", result.Completed.Output.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    private TestHost Host(bool simulate = false) => new(new Dictionary<string, string?>
    {
        ["AgentSoar:Connectors:webhook:Endpoints:tickets:Url"] = _receiver.Url("/api"),
        ["AgentSoar:Connectors:webhook:Endpoints:tickets:Username"] = "svc",
        ["AgentSoar:Connectors:webhook:Endpoints:tickets:Secret"] = TestHost.Canary,
        ["AgentSoar:Connectors:webhook:Simulation"] = simulate ? "true" : "false",
    });
}
