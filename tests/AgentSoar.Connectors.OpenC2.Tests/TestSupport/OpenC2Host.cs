using System.Collections.Concurrent;
using System.Text.Json;
using AgentSoar.ConnectorHost;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSoar.Connectors.OpenC2.Tests.TestSupport;

/// <summary>The connector host's services (the first-party connectors, openc2 among them) with the given settings, keeping every log line.</summary>
internal sealed class OpenC2Host : IDisposable
{
    public const string Canary = "canary-7f3a9c-openc2-secret";

    private readonly ServiceProvider _provider;

    public OpenC2Host(IDictionary<string, string?> settings)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AgentSoar:ConnectorHost:RetryBaseDelay"] = "00:00:00.001",
            ["AgentSoar:ConnectorHost:RetryMaxDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddAgentSoarConnectorHost(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    public LogLines Logs { get; } = new();

    public ConnectorRegistry Registry => _provider.GetRequiredService<ConnectorRegistry>();

    /// <summary>A host whose openc2 connector knows one actuator, <c>fw</c>, at <paramref name="url"/>, with a bearer token.</summary>
    public static OpenC2Host For(string url, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AgentSoar:Connectors:openc2:Actuators:fw:Url"] = url,
            ["AgentSoar:Connectors:openc2:Actuators:fw:Token"] = Canary,
            ["AgentSoar:Connectors:openc2:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[$"AgentSoar:Connectors:openc2:{key}"] = value;
        }

        return new OpenC2Host(settings);
    }

    public async Task<ActionExecutionResult> ExecuteAsync(string action, string inputsJson, int maxAttempts = 1, string? idempotencyKey = null)
    {
        var command = new ExecuteAction(
            Guid.NewGuid(),
            Guid.NewGuid(),
            Guid.NewGuid(),
            "step-1",
            OpenC2Connector.ConnectorName,
            action,
            JsonDocument.Parse(inputsJson).RootElement.Clone(),
            idempotencyKey ?? Guid.NewGuid().ToString("N"),
            TimeSpan.FromSeconds(20),
            maxAttempts,
            new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return await _provider.GetRequiredService<ActionExecutor>().ExecuteAsync(command, CancellationToken.None);
    }

    /// <summary>Everything the host published or logged for a result, to look for a secret in.</summary>
    public string Everything(ActionExecutionResult result) =>
        JsonSerializer.Serialize(result.Message, result.Message.GetType()) + string.Join('\n', Logs.Lines);

    public void Dispose() => _provider.Dispose();

    /// <summary>Keeps every formatted log line, exceptions included.</summary>
    public sealed class LogLines : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(LogLines lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Lines.Enqueue($"{formatter(state, exception)} {exception}");
        }
    }
}
