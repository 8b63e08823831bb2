using System.Collections.Concurrent;
using AgentSoar.Connectors.Sdk;
using Microsoft.Extensions.Logging;

namespace AgentSoar.Connectors.Testing;

/// <summary>Keeps every log line the host writes (message and exception), whatever the level.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Lines.Enqueue($"{formatter(state, exception)} {exception}");
    }
}

/// <summary>The connector's own log, before the host masks anything.</summary>
internal sealed class RecordingActionLogger : IActionLogger
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public void Log(ActionLogLevel level, string message, Exception? exception = null) =>
        Lines.Enqueue($"{level} {message} {exception}");
}
