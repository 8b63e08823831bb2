using System.Globalization;
using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Tests.TestSupport;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSoar.ConnectorHost.Tests.Execution.Resilience;

/// <summary>
/// <c>AgentSoar:Connectors:NAME:Resilience</c> and <c>...:Resilience:Actions:ACTION</c> override the host's timeout,
/// attempts, retry delays and circuit breaker for one connector or one action.
/// </summary>
public sealed class ResilienceSettingsTests
{
    private const string Test = "AgentSoar:Connectors:test:Resilience";

    [Theory]
    [InlineData(null, null, 3)]
    [InlineData("5", null, 5)]
    [InlineData("5", "2", 2)]
    [InlineData(null, "4", 4)]
    public async Task Execute_MaxAttemptsOfConnectorAndAction_TransientActionGetsExactlyThatMany(string? connector, string? action, int expected)
    {
        using var host = new TestHost(new Dictionary<string, string?>
        {
            [$"{Test}:MaxAttempts"] = connector,
            [$"{Test}:Actions:flaky:MaxAttempts"] = action,
        });

        var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "flaky", """{"failures":9}""", maxAttempts: 0), CancellationToken.None);

        Assert.Equal(ActionErrorKind.Transient, result.Failed!.ErrorKind);
        Assert.Equal(expected, result.Failed.Attempts);
        Assert.Equal(expected, host.Connector.CallsTo("flaky"));
    }

    [Theory]
    [InlineData(9, 4)]
    [InlineData(1, 1)]
    public async Task Execute_CommandAsksForItsOwnAttempts_CutToTheConfiguredOnes(int asked, int expected)
    {
        using var host = new TestHost(new Dictionary<string, string?> { [$"{Test}:Actions:flaky:MaxAttempts"] = "4" });

        var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "flaky", """{"failures":20}""", maxAttempts: asked), CancellationToken.None);

        Assert.Equal(expected, result.Failed!.Attempts);
        Assert.Equal(expected, host.Connector.CallsTo("flaky"));
    }

    [Theory]
    [InlineData("Timeout")]
    [InlineData("Actions:hang:Timeout")]
    public async Task Execute_ConfiguredTimeoutShorterThanTheCommands_CutsTheSlowAction(string key)
    {
        using var host = new TestHost(new Dictionary<string, string?> { [$"{Test}:{key}"] = "00:00:00.100" });

        var result = await host.Executor.ExecuteAsync(
            Commands.Execute("test", "hang", timeout: TimeSpan.FromMinutes(10), maxAttempts: 1), CancellationToken.None);

        Assert.Equal(ActionErrorKind.Timeout, result.Failed!.ErrorKind);
        Assert.Contains("timed out after 00:00:00.1000000", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_ActionTimeout_LeavesTheConnectorsOtherActionsAlone()
    {
        using var host = new TestHost(new Dictionary<string, string?>
        {
            [$"{Test}:Timeout"] = "00:00:00.100",
            [$"{Test}:Actions:flaky:Timeout"] = "00:00:07",
        });

        var hang = await host.Executor.ExecuteAsync(Commands.Execute("test", "hang", timeout: TimeSpan.Zero, maxAttempts: 1), CancellationToken.None);
        var flaky = await host.Executor.ExecuteAsync(Commands.Execute("test", "flaky", """{"failures":1}""", timeout: TimeSpan.FromMinutes(1), maxAttempts: 1), CancellationToken.None);

        Assert.Contains("timed out after 00:00:00.1000000", hang.Failed!.Error, StringComparison.Ordinal);
        Assert.Equal(ActionErrorKind.Transient, flaky.Failed!.ErrorKind);
    }

    [Fact]
    public async Task Execute_ActionRetryMaxDelay_CutsTheFarSidesRetryAfterToIt()
    {
        var logs = new ListLoggerProvider();
        using var host = new TestHost(
            new Dictionary<string, string?> { [$"{Test}:Actions:throttled:RetryMaxDelay"] = "00:00:00.200" },
            services => services.AddLogging(logging => logging.AddProvider(logs)));

        var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "throttled", maxAttempts: 2), CancellationToken.None);

        Assert.Equal(2, result.Failed!.Attempts);
        Assert.Equal([TimeSpan.FromMilliseconds(200)], RetryDelays(logs));
    }

    [Fact]
    public async Task Execute_ActionRetryBaseDelay_BackoffStartsFromItNotFromTheHosts()
    {
        var logs = new ListLoggerProvider();
        using var host = new TestHost(
            new Dictionary<string, string?>
            {
                ["AgentSoar:ConnectorHost:RetryBaseDelay"] = "00:01:00",
                ["AgentSoar:ConnectorHost:RetryMaxDelay"] = "01:00:00",
                [$"{Test}:Actions:flaky:RetryBaseDelay"] = "00:00:00.010",
            },
            services => services.AddLogging(logging => logging.AddProvider(logs)));

        var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "flaky", """{"failures":1}""", maxAttempts: 2), CancellationToken.None);

        // The first jittered delay is below 1.4 times the base delay, whatever the draw: far below a second here.
        Assert.True(result.Succeeded);
        Assert.True(Assert.Single(RetryDelays(logs)) < TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Execute_ConnectorCircuitBreakerSettings_OpenItsCircuitOnly()
    {
        using var host = new TestHost(
            new Dictionary<string, string?>
            {
                [$"{Test}:CircuitBreaker:MinimumThroughput"] = "2",
                [$"{Test}:CircuitBreaker:BreakDuration"] = "00:01:00",
            },
            services => services.AddAgentSoarConnector<OtherTestConnector>());

        foreach (var connector in new[] { "test", "other" })
        {
            await host.Executor.ExecuteAsync(Commands.Execute(connector, "flaky", """{"failures":9}""", maxAttempts: 2), CancellationToken.None);
        }

        var test = await host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"text":"x"}"""), CancellationToken.None);
        var other = await host.Executor.ExecuteAsync(Commands.Execute("other", "echo", """{"text":"x"}"""), CancellationToken.None);

        Assert.Contains("circuit is open", test.Failed!.Error, StringComparison.Ordinal);
        Assert.True(other.Succeeded);
    }

    [Fact]
    public async Task Execute_ConnectorCircuitBreakerDisabled_StaysClosedWhateverTheHostSays()
    {
        using var host = new TestHost(new Dictionary<string, string?>
        {
            ["AgentSoar:ConnectorHost:CircuitBreakerMinimumThroughput"] = "2",
            ["AgentSoar:ConnectorHost:CircuitBreakerBreakDuration"] = "00:01:00",
            [$"{Test}:CircuitBreaker:Enabled"] = "false",
        });

        await host.Executor.ExecuteAsync(Commands.Execute("test", "flaky", """{"failures":9}""", maxAttempts: 4), CancellationToken.None);
        var echo = await host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"text":"x"}"""), CancellationToken.None);

        Assert.True(echo.Succeeded);
    }

    [Theory]
    [InlineData("MaxAttempts", "0", "must be a whole number from 1 to AgentSoar:ConnectorHost:MaxAttemptsLimit")]
    [InlineData("MaxAttempts", "11", "must be a whole number from 1 to AgentSoar:ConnectorHost:MaxAttemptsLimit")]
    [InlineData("Timeout", "-00:00:01", "must be a duration above 0")]
    [InlineData("Timeout", "00:00:00", "must be a duration above 0")]
    [InlineData("Timeout", "01:00:00", "must be a duration above 0 and at most AgentSoar:ConnectorHost:MaxTimeout (00:10:00)")]
    [InlineData("Actions:flaky:RetryBaseDelay", "soon", "must be a duration from 0 to 1 hour, not 'soon'")]
    [InlineData("Actions:flaky:RetryMaxDelay", "-00:00:01", "must be a duration from 0 to 1 day")]
    [InlineData("RetryBaseDelay", "00:00:01", "leaves a RetryMaxDelay (00:00:00.0100000) shorter than the RetryBaseDelay")]
    [InlineData("CircuitBreaker:FailureRatio", "0", "must be a number above 0 and at most 1")]
    [InlineData("CircuitBreaker:FailureRatio", "1.5", "must be a number above 0 and at most 1")]
    [InlineData("CircuitBreaker:MinimumThroughput", "1", "must be a whole number of at least 2")]
    [InlineData("CircuitBreaker:BreakDuration", "00:00:00.1", "must be a duration from 0.5 seconds to 1 day")]
    [InlineData("CircuitBreaker:Enabled", "sometimes", "must be true or false")]
    [InlineData("MaxAtempts", "2", "is not a setting")]
    [InlineData("Actions:nope:Timeout", "00:00:01", "names no action of connector 'test'")]
    public void Start_InvalidResilienceSetting_FailsNamingTheKey(string key, string value, string expected)
    {
        var error = Assert.Throws<ConnectorConfigurationException>(() =>
        {
            using var host = new TestHost(new Dictionary<string, string?> { [$"{Test}:{key}"] = value });
            _ = host.Registry;
        });

        var path = key.StartsWith("Actions:nope", StringComparison.Ordinal) ? $"{Test}:Actions:nope" : $"{Test}:{key}";
        Assert.Contains($"{path} {expected}", error.Message, StringComparison.Ordinal);
    }

    private static List<TimeSpan> RetryDelays(ListLoggerProvider logs) =>
    [
        .. logs.Lines
            .Where(line => line.Contains("trying again in ", StringComparison.Ordinal))
            .Select(line => TimeSpan.Parse(line[(line.IndexOf("trying again in ", StringComparison.Ordinal) + 16)..].Trim(), CultureInfo.InvariantCulture)),
    ];
}
