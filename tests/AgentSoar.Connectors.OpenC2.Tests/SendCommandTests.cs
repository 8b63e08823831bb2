using System.Text.Json;
using AgentSoar.Connectors.OpenC2.Tests.TestSupport;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.OpenC2.Tests;

public sealed class SendCommandTests : IAsyncLifetime
{
    private const string DenyCommand = """{"action":"deny","target":{"ipv4_net":"198.51.100.0/24"},"args":{"response_requested":"complete"},"actuator":{"slpf":{}}}""";

    private FakeActuator _actuator = null!;

    public Task InitializeAsync()
    {
        _actuator = FakeActuator.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _actuator.DisposeAsync();

    [Fact]
    public async Task SendCommand_ValidCommand_PostsOpenC2MediaTypeWithTokenAndReturnsResults()
    {
        using var host = OpenC2Host.For(_actuator.Url);

        var result = await host.ExecuteAsync("openc2", "send_command", $$"""{"actuator":"fw","command":{{DenyCommand}}}""", idempotencyKey: "idem-1");

        var request = Assert.Single(_actuator.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/openc2", request.Path);
        Assert.Equal("application/openc2-cmd+json;version=1.0", request.Headers["Content-Type"]);
        Assert.Equal($"Bearer {OpenC2Host.Canary}", request.Headers["Authorization"]);
        Assert.Equal("idem-1", request.Headers["X-Request-ID"]);
        var sent = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("deny", sent.GetProperty("action").GetString());
        Assert.Equal("198.51.100.0/24", sent.GetProperty("target").GetProperty("ipv4_net").GetString());
        Assert.Equal("idem-1", sent.GetProperty("command_id").GetString());
        var output = result.Completed!.Output;
        Assert.Equal(200, output.GetProperty("status").GetInt32());
        Assert.Equal(1234, output.GetProperty("rule_number").GetInt64());
        Assert.Equal(1234, output.GetProperty("results").GetProperty("slpf").GetProperty("rule_number").GetInt32());
        Assert.DoesNotContain(OpenC2Host.Canary, host.Everything(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendCommand_ApiKeyConfigured_SendsItInTheConfiguredHeader()
    {
        using var host = OpenC2Host.For(_actuator.Url, new Dictionary<string, string?>
        {
            ["Actuators:fw:Token"] = "",
            ["Actuators:fw:ApiKey"] = OpenC2Host.Canary,
            ["Actuators:fw:ApiKeyHeader"] = "X-OpenC2-Key",
        });

        var result = await host.ExecuteAsync("openc2", "send_command", $$"""{"actuator":"fw","command":{{DenyCommand}}}""");

        Assert.NotNull(result.Completed);
        var request = Assert.Single(_actuator.Requests);
        Assert.Equal(OpenC2Host.Canary, request.Headers["X-OpenC2-Key"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Theory]
    [InlineData("""{"action":"deny","target":{"ipv4_net":"127.0.0.300"}}""", "$.target.ipv4_net")]
    [InlineData("""{"action":"deny","target":{"ipv4_net":"10.0.0.1","uri":"http://example.com"}}""", "$.target")]
    [InlineData("""{"action":"block","target":{"ipv4_net":"10.0.0.1"}}""", "$.action")]
    [InlineData("""{"action":"deny","target":{"ipv4_net":"10.0.0.1"},"args":{}}""", "$.args")]
    [InlineData("""{"action":"deny","target":{"ipv4_net":"10.0.0.1"},"args":{"x-acme":{"a":1}}}""", "$.args['x-acme']")]
    public async Task SendCommand_InvalidCommand_InvalidInputNamingThePathAndNothingSent(string command, string path)
    {
        using var host = OpenC2Host.For(_actuator.Url);

        var result = await host.ExecuteAsync("openc2", "send_command", $$"""{"actuator":"fw","command":{{command}}}""");

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains(path + ":", result.Failed.Error, StringComparison.Ordinal);
        Assert.Empty(_actuator.Requests);
    }

    [Fact]
    public async Task SendCommand_ConfiguredExtensionProfile_AcceptsItsArguments()
    {
        using var host = OpenC2Host.For(_actuator.Url, new Dictionary<string, string?> { ["ExtensionProfiles:0"] = "x-acme" });
        _actuator.Answer = _ => (200, """{"status":200}""", TimeSpan.Zero);

        var result = await host.ExecuteAsync("openc2", "send_command", """{"actuator":"fw","command":{"action":"query","target":{"properties":["battery"]},"args":{"x-acme":{"a":1}}}}""");

        // The fake actuator only knows slpf, so it refuses the x-acme argument: the connector did send it.
        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("$.args['x-acme']", result.Failed.Error, StringComparison.Ordinal);
        Assert.Single(_actuator.Requests);
    }

    [Theory]
    [InlineData("language/responses/good/status_400.json", ActionErrorKind.InvalidInput, "malformed")]
    [InlineData("language/responses/good/status_401.json", ActionErrorKind.Unauthorized, "Unauthorized")]
    [InlineData("language/responses/good/status_403.json", ActionErrorKind.Unauthorized, "Forbidden")]
    [InlineData("language/responses/good/status_404.json", ActionErrorKind.NotFound, "Not Found")]
    [InlineData("language/responses/good/status_500.json", ActionErrorKind.Transient, "Internal Error")]
    [InlineData("language/responses/good/status_503.json", ActionErrorKind.Transient, "Service Unavailable")]
    [InlineData("language/responses/good/status_501.json", ActionErrorKind.Permanent, "not implemented by the actuator")]
    [InlineData("language/responses/good/status_only_not_implemented.json", ActionErrorKind.Permanent, "not implemented by the actuator")]
    public async Task SendCommand_ActuatorAnswersErrorResponse_MapsToErrorKind(string file, ActionErrorKind expected, string text)
    {
        using var host = OpenC2Host.For(_actuator.Url);
        var body = FakeActuator.File(file);
        var status = JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32();
        _actuator.Answer = _ => (status, body, TimeSpan.Zero);

        var result = await host.ExecuteAsync("openc2", "send_command", $$"""{"actuator":"fw","command":{{DenyCommand}}}""");

        Assert.Equal(expected, result.Failed!.ErrorKind);
        Assert.Contains(text, result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendCommand_ErrorStatusInsideHttp200_OpenC2StatusDecides()
    {
        using var host = OpenC2Host.For(_actuator.Url);
        _actuator.Answer = _ => (200, FakeActuator.File("language/responses/good/status_404.json"), TimeSpan.Zero);

        var result = await host.ExecuteAsync("openc2", "send_command", $$"""{"actuator":"fw","command":{{DenyCommand}}}""");

        Assert.Equal(ActionErrorKind.NotFound, result.Failed!.ErrorKind);
    }

    [Theory]
    [InlineData("language/responses/good/status_102.json", 102)]
    [InlineData("language/responses/good/status_200.json", 200)]
    [InlineData("slpf+acme/responses/good/results_ext_multiple.json", 200)]
    public async Task SendCommand_ActuatorAnswersSuccessFile_SucceedsWithItsStatus(string file, int status)
    {
        using var host = OpenC2Host.For(_actuator.Url, new Dictionary<string, string?> { ["ExtensionProfiles:0"] = "x-acme", ["ExtensionProfiles:1"] = "x-mycompany" });
        _actuator.Answer = _ => (200, FakeActuator.File(file), TimeSpan.Zero);

        var result = await host.ExecuteAsync("openc2", "send_command", $$"""{"actuator":"fw","command":{{DenyCommand}}}""");

        Assert.Equal(status, result.Completed!.Output.GetProperty("status").GetInt32());
    }

    public static TheoryData<string> BadResponses =>
        [.. Plugfest.Files.Where(f => f.StartsWith("language/responses/bad/", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(BadResponses))]
    public async Task SendCommand_ActuatorAnswersBadResponseFile_PermanentFailure(string file)
    {
        using var host = OpenC2Host.For(_actuator.Url);
        _actuator.Answer = _ => (200, FakeActuator.File(file), TimeSpan.Zero);

        var result = await host.ExecuteAsync("openc2", "send_command", $$"""{"actuator":"fw","command":{{DenyCommand}}}""", maxAttempts: 3);

        Assert.Equal(ActionErrorKind.Permanent, result.Failed!.ErrorKind);
        Assert.Equal(1, result.Failed.Attempts);
        Assert.Contains("OpenC2 response", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendCommand_NoResponseRequestedAndEmptyBody_Succeeds()
    {
        using var host = OpenC2Host.For(_actuator.Url);
        _actuator.Answer = _ => (200, "", TimeSpan.Zero);

        var result = await host.ExecuteAsync("openc2", "send_command", """{"actuator":"fw","command":{"action":"deny","target":{"ipv4_net":"10.0.0.1"},"args":{"response_requested":"none"}}}""");

        Assert.NotNull(result.Completed);
        Assert.Equal(JsonValueKind.Null, result.Completed.Output.GetProperty("status").ValueKind);
    }

    [Fact]
    public async Task SendCommand_ActuatorTooSlow_TransientTimeoutAndRetried()
    {
        using var host = OpenC2Host.For(_actuator.Url, new Dictionary<string, string?> { ["Timeout"] = "00:00:00.300" });
        _actuator.Answer = _ => (200, """{"status":200}""", TimeSpan.FromSeconds(3));

        var result = await host.ExecuteAsync("openc2", "send_command", $$"""{"actuator":"fw","command":{{DenyCommand}}}""", maxAttempts: 2);

        Assert.Equal(ActionErrorKind.Transient, result.Failed!.ErrorKind);
        Assert.Contains("did not answer within 0.3 s", result.Failed.Error, StringComparison.Ordinal);
        Assert.Equal(2, result.Failed.Attempts);
    }

    [Fact]
    public async Task SendCommand_HttpErrorWithoutOpenC2Body_MapsHttpStatus()
    {
        using var host = OpenC2Host.For(_actuator.Url);
        _actuator.Answer = _ => (503, "", TimeSpan.Zero);

        var result = await host.ExecuteAsync("openc2", "send_command", $$"""{"actuator":"fw","command":{{DenyCommand}}}""");

        Assert.Equal(ActionErrorKind.Transient, result.Failed!.ErrorKind);
        Assert.Contains("HTTP 503", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendCommand_NothingListens_Transient()
    {
        var url = _actuator.Url;
        await _actuator.DisposeAsync();
        _actuator = FakeActuator.Start();
        using var host = OpenC2Host.For(url);

        var result = await host.ExecuteAsync("openc2", "send_command", $$"""{"actuator":"fw","command":{{DenyCommand}}}""");

        Assert.Equal(ActionErrorKind.Transient, result.Failed!.ErrorKind);
        Assert.Contains("Could not reach OpenC2 actuator 'fw'", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendCommand_UnknownActuator_InvalidInputListingConfiguredOnes()
    {
        using var host = OpenC2Host.For(_actuator.Url);

        var result = await host.ExecuteAsync("openc2", "send_command", $$"""{"actuator":"elsewhere","command":{{DenyCommand}}}""");

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("unknown OpenC2 actuator 'elsewhere'; configured actuators: fw", result.Failed.Error, StringComparison.Ordinal);
        Assert.Empty(_actuator.Requests);
    }
}
