using System.Text.Json;
using AgentSoar.ConnectorHost.Tests.TestSupport;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.ConnectorHost.Tests.Connectors;

public sealed class WebhookConnectorTests : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Post_ConfiguredEndpoint_SendsBodyIdempotencyKeyHeadersAndBearerSecret()
    {
        using var host = HostWith(("siem", "/status/200"));
        var command = Commands.Execute("webhook", "post", """{"endpoint":"siem","body":{"alert":"x","n":1}}""", idempotencyKey: "idem-42");

        var result = await host.Executor.ExecuteAsync(command, CancellationToken.None);

        var request = Assert.Single(_receiver.Requests);
        Assert.Equal("x", JsonDocument.Parse(request.Body).RootElement.GetProperty("alert").GetString());
        Assert.Equal("idem-42", request.Headers["Idempotency-Key"]);
        Assert.Equal($"Bearer {TestHost.Canary}", request.Headers["Authorization"]);
        Assert.Equal("agentsoar", request.Headers["X-Source"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(200, result.Completed!.Output.GetProperty("status_code").GetInt32());
        Assert.Equal("answer 200", result.Completed.Output.GetProperty("response_body").GetString());
    }

    [Fact]
    public async Task Post_CustomSecretHeader_SendsTheSecretAsIs()
    {
        using var host = HostWith(("siem", "/status/202"), secretHeader: "X-Api-Key");

        await host.Executor.ExecuteAsync(Commands.Execute("webhook", "post", """{"endpoint":"siem","body":{}}"""), CancellationToken.None);

        var request = Assert.Single(_receiver.Requests);
        Assert.Equal(TestHost.Canary, request.Headers["X-Api-Key"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Theory]
    [InlineData(500, ActionErrorKind.Transient)]
    [InlineData(503, ActionErrorKind.Transient)]
    [InlineData(408, ActionErrorKind.Transient)]
    [InlineData(429, ActionErrorKind.Transient)]
    [InlineData(401, ActionErrorKind.Unauthorized)]
    [InlineData(403, ActionErrorKind.Unauthorized)]
    [InlineData(404, ActionErrorKind.NotFound)]
    [InlineData(400, ActionErrorKind.Permanent)]
    [InlineData(422, ActionErrorKind.Permanent)]
    [InlineData(302, ActionErrorKind.Permanent)]
    public async Task Post_EndpointAnswersStatus_MapsToErrorKind(int status, ActionErrorKind expected)
    {
        using var host = HostWith(("siem", $"/status/{status}"));

        var result = await host.Executor.ExecuteAsync(Commands.Execute("webhook", "post", """{"endpoint":"siem","body":{}}""", maxAttempts: 1), CancellationToken.None);

        Assert.Equal(expected, result.Failed!.ErrorKind);
        Assert.Contains($"answered {status}", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ServerErrorThenRetries_EveryAttemptReachesTheEndpointWithTheSameKey()
    {
        using var host = HostWith(("siem", "/status/503"));

        var result = await host.Executor.ExecuteAsync(Commands.Execute("webhook", "post", """{"endpoint":"siem","body":{}}""", idempotencyKey: "same", maxAttempts: 3), CancellationToken.None);

        Assert.Equal(3, result.Failed!.Attempts);
        Assert.Equal(3, _receiver.Requests.Count);
        Assert.All(_receiver.Requests, request => Assert.Equal("same", request.Headers["Idempotency-Key"]));
    }

    [Fact]
    public async Task Post_NothingListens_TransientFailure()
    {
        using var host = HostWith(("gone", "http://127.0.0.1:1/hook"));

        var result = await host.Executor.ExecuteAsync(Commands.Execute("webhook", "post", """{"endpoint":"gone","body":{}}""", maxAttempts: 1), CancellationToken.None);

        Assert.Equal(ActionErrorKind.Transient, result.Failed!.ErrorKind);
    }

    [Fact]
    public async Task Post_UnknownEndpoint_InvalidInputListingConfiguredNames()
    {
        using var host = HostWith(("siem", "/status/200"), ("chat", "/status/200"));

        var result = await host.Executor.ExecuteAsync(Commands.Execute("webhook", "post", """{"endpoint":"pager","body":{}}"""), CancellationToken.None);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("'pager'", result.Failed.Error, StringComparison.Ordinal);
        Assert.Contains("chat, siem", result.Failed.Error, StringComparison.Ordinal);
        Assert.Empty(_receiver.Requests);
    }

    [Fact]
    public async Task Post_ResponseEchoesSecret_CanaryNeverInOutput()
    {
        using var host = HostWith(("siem", "/echo-auth/200"));

        var result = await host.Executor.ExecuteAsync(Commands.Execute("webhook", "post", """{"endpoint":"siem","body":{}}"""), CancellationToken.None);

        Assert.Equal("you sent Bearer ***", result.Completed!.Output.GetProperty("response_body").GetString());
        Assert.DoesNotContain(TestHost.Canary, result.Completed.Output.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ErrorResponseEchoesSecret_CanaryNeverInError()
    {
        using var host = HostWith(("siem", "/echo-auth/400"));

        var result = await host.Executor.ExecuteAsync(Commands.Execute("webhook", "post", """{"endpoint":"siem","body":{}}"""), CancellationToken.None);

        Assert.Contains("you sent Bearer ***", result.Failed!.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(TestHost.Canary, result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LargeResponse_TruncatedToTheConfiguredSize()
    {
        using var host = HostWith(("siem", "/large"), extra: new() { ["AgentSoar:Connectors:webhook:MaxResponseChars"] = "100" });

        var result = await host.Executor.ExecuteAsync(Commands.Execute("webhook", "post", """{"endpoint":"siem","body":{}}"""), CancellationToken.None);

        Assert.Equal(100, result.Completed!.Output.GetProperty("response_body").GetString()!.Length);
        Assert.True(result.Completed.Output.GetProperty("response_truncated").GetBoolean());
    }

    [Fact]
    public async Task Post_SimulationMode_ReportsWhatWouldBePostedWithoutCalling()
    {
        using var host = HostWith(("siem", "/status/200?token=abc"), extra: new() { ["AgentSoar:Connectors:webhook:Simulation"] = "true" });

        var result = await host.Executor.ExecuteAsync(Commands.Execute("webhook", "post", """{"endpoint":"siem","body":{"alert":"x"}}"""), CancellationToken.None);

        Assert.Empty(_receiver.Requests);
        var output = result.Completed!.Output;
        Assert.True(result.Completed.Simulated);
        Assert.Equal(_receiver.Url("/status/200"), output.GetProperty("url").GetString());
        Assert.Equal("x", output.GetProperty("would_post").GetProperty("alert").GetString());
        Assert.Equal(JsonValueKind.Null, output.GetProperty("status_code").ValueKind);
    }

    private TestHost HostWith(
        (string Name, string Path) first,
        (string Name, string Path)? second = null,
        string? secretHeader = null,
        Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(extra ?? []);
        foreach (var (name, path) in second is { } other ? [first, other] : new[] { first })
        {
            var prefix = $"AgentSoar:Connectors:webhook:Endpoints:{name}";
            settings[$"{prefix}:Url"] = path.StartsWith("http", StringComparison.Ordinal) ? path : _receiver.Url(path);
            settings[$"{prefix}:Secret"] = TestHost.Canary;
            settings[$"{prefix}:Headers:X-Source"] = "agentsoar";
            if (secretHeader is not null)
            {
                settings[$"{prefix}:SecretHeader"] = secretHeader;
            }
        }

        return new TestHost(settings);
    }
}
