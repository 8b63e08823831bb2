using System.Text.Json;
using AgentSoar.ConnectorHost;
using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Connectors.Mail.Tests.TestSupport;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSoar.Connectors.Mail.Tests;

public sealed class MailHostTests : IAsyncLifetime
{
    private const string Canary = "canary-3b9f-mail-password";
    private readonly SmtpServer _server = new();
    private readonly LogLines _logs = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void Catalog_NoConfiguration_MailStartsWithLowRiskMutatingSend()
    {
        using var provider = Host([]);

        var mail = provider.GetRequiredService<ConnectorRegistry>().Catalog.Single(c => c.Name == "mail");

        var send = mail.Actions.Single(a => a.Name == "send_notification");
        Assert.True(send.Mutating);
        Assert.True(send.Idempotent);
        Assert.Equal("Low", send.Risk.ToString());
        Assert.False(mail.Actions.Single(a => a.Name == "test").Mutating);
    }

    [Fact]
    public async Task Execute_NoConfiguration_NotConfiguredAndSimulationStillAnswers()
    {
        using var real = Host([]);
        using var simulated = Host(new() { ["AgentSoar:Connectors:Simulation"] = "true" });
        const string input = """{"to":["soc@corp.example"],"subject":"Hello","body":"b"}""";

        var failed = await ExecuteAsync(real, "send_notification", input);
        var completed = await ExecuteAsync(simulated, "send_notification", input);

        Assert.Equal(ActionErrorKind.Permanent, failed.Failed!.ErrorKind);
        Assert.Contains("AgentSoar:Connectors:mail:Host", failed.Failed.Error, StringComparison.Ordinal);
        Assert.True(completed.Completed!.Simulated);
        Assert.False(completed.Completed.Output.GetProperty("sent").GetBoolean());
        Assert.Empty(_server.Commands);
    }

    [Fact]
    public async Task Execute_ConfiguredWithPassword_SentAndThePasswordNeverInOutputOrLogs()
    {
        using var provider = Host(new()
        {
            ["AgentSoar:Connectors:mail:Host"] = "127.0.0.1",
            ["AgentSoar:Connectors:mail:Port"] = _server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AgentSoar:Connectors:mail:EnableSsl"] = "false",
            ["AgentSoar:Connectors:mail:From"] = "soar@agentsoar.example",
            ["AgentSoar:Connectors:mail:UserName"] = "soar",
            ["AgentSoar:Connectors:mail:Password"] = Canary,
        });

        var result = await ExecuteAsync(provider, "send_notification", $$"""{"to":["soc@corp.example"],"subject":"Hello","body":"pw is {{Canary}}"}""");

        Assert.Equal(("soar", Canary), Assert.Single(_server.Logins));
        Assert.True(result.Completed!.Output.GetProperty("sent").GetBoolean());
        Assert.DoesNotContain(Canary, result.Completed.Output.GetRawText(), StringComparison.Ordinal);
        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(Canary, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("AgentSoar:Connectors:mail:Host", "smtp.example", "AgentSoar:Connectors:mail:From")]
    [InlineData("AgentSoar:Connectors:mail:AllowedRecipientDomains:0", "not a domain!", "AgentSoar:Connectors:mail:AllowedRecipientDomains:0")]
    [InlineData("AgentSoar:Connectors:mail:Port", "70000", "AgentSoar:Connectors:mail:Port")]
    public void Registry_InvalidOptions_StartRefusedNamingThePath(string key, string value, string expected)
    {
        using var provider = Host(new() { [key] = value });

        var error = Assert.Throws<ConnectorConfigurationException>(() => provider.GetRequiredService<ConnectorRegistry>());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Host(Dictionary<string, string?> settings)
    {
        settings["AgentSoar:ConnectorHost:RetryBaseDelay"] = "00:00:00.001";
        settings["AgentSoar:ConnectorHost:RetryMaxDelay"] = "00:00:00.010";
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        services.AddAgentSoarConnectorHost(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static Task<ActionExecutionResult> ExecuteAsync(ServiceProvider provider, string action, string inputs) =>
        provider.GetRequiredService<ActionExecutor>().ExecuteAsync(
            new ExecuteAction(
                Guid.NewGuid(),
                Guid.NewGuid(),
                Guid.NewGuid(),
                "step-1",
                "mail",
                action,
                JsonDocument.Parse(inputs).RootElement.Clone(),
                Guid.NewGuid().ToString("N"),
                TimeSpan.FromSeconds(10),
                1,
                new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            CancellationToken.None);

    private sealed class LogLines : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{formatter(state, exception)} {exception}");
        }
    }
}
