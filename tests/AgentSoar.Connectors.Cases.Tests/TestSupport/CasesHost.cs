using System.Collections.Concurrent;
using System.Text.Json;
using AgentSoar.ConnectorHost;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSoar.Connectors.Cases.Tests.TestSupport;

/// <summary>The connector host's services with the cases connector pointed at an API, keeping every log line.</summary>
internal sealed class CasesHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public CasesHost(string? apiUrl, string? apiKey, IDictionary<string, string?>? extra = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AgentSoar:ConnectorHost:RetryBaseDelay"] = "00:00:00.001",
            ["AgentSoar:ConnectorHost:RetryMaxDelay"] = "00:00:00.010",
            ["AgentSoar:ConnectorHost:CircuitBreakerEnabled"] = "false",
            ["AgentSoar:Connectors:cases:ApiUrl"] = apiUrl,
            ["AgentSoar:Connectors:cases:ApiKey"] = apiKey,
            ["AgentSoar:Connectors:cases:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new LogSink(Logs)));
        services.AddAgentSoarConnectorHost(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    public ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>Runs a cases action as a run of <paramref name="incident"/> would.</summary>
    public async Task<ActionExecutionResult> ExecuteAsync(string action, object inputs, Guid incident, string? idempotencyKey = null, int maxAttempts = 1)
    {
        var command = new ExecuteAction(
            Guid.NewGuid(), Guid.NewGuid(), incident, "step-1", CasesConnector.ConnectorName, action,
            JsonSerializer.SerializeToElement(inputs), idempotencyKey ?? Guid.NewGuid().ToString("N"),
            TimeSpan.FromSeconds(20), maxAttempts, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return await _provider.GetRequiredService<ActionExecutor>().ExecuteAsync(command, CancellationToken.None);
    }

    /// <summary>Everything the host published or logged for a result, to look for a secret in.</summary>
    public string Everything(ActionExecutionResult result) =>
        JsonSerializer.Serialize(result.Message, result.Message.GetType()) + string.Join('\n', Logs);

    public void Dispose() => _provider.Dispose();

    private sealed class LogSink(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{formatter(state, exception)} {exception}");
        }
    }
}
