using System.Collections.Concurrent;
using System.Text.Json;
using AgentSoar.ConnectorHost;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSoar.Connectors.Ldap.Tests.TestSupport;

/// <summary>The connector host's services with the ldap connector configured by the given settings, keeping every log line.</summary>
public sealed class LdapHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public LdapHost(IDictionary<string, string?> settings)
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

    /// <summary>A host whose ldap connector talks to <paramref name="server"/> as the administrator.</summary>
    public static LdapHost For(SlapdServer server, IDictionary<string, string?>? extra = null)
    {
        var settings = Settings(server.Uri, SlapdServer.AdminPassword);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[$"AgentSoar:Connectors:ldap:{key}"] = value;
        }

        return new LdapHost(settings);
    }

    public static Dictionary<string, string?> Settings(string uri, string password) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["AgentSoar:Connectors:ldap:ServerUri"] = uri,
        ["AgentSoar:Connectors:ldap:BindDn"] = SlapdServer.AdminDn,
        ["AgentSoar:Connectors:ldap:BindPassword"] = password,
        ["AgentSoar:Connectors:ldap:BaseDn"] = SlapdServer.Suffix,
        ["AgentSoar:Connectors:ldap:Timeout"] = "00:00:05",
    };

    public async Task<ActionExecutionResult> ExecuteAsync(string action, string inputsJson = "{}", int maxAttempts = 1)
    {
        var command = new ExecuteAction(
            Guid.NewGuid(),
            Guid.NewGuid(),
            Guid.NewGuid(),
            "step-1",
            LdapConnector.ConnectorName,
            action,
            JsonDocument.Parse(inputsJson).RootElement.Clone(),
            Guid.NewGuid().ToString("N"),
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
