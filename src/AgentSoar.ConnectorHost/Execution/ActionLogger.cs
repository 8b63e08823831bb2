using AgentSoar.ConnectorHost.Secrets;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Execution;

/// <summary>A connector's <see cref="IActionLogger"/>, written to the host's logging after masking secrets.</summary>
internal sealed class ActionLogger(ILogger logger, SecretMasker masker) : IActionLogger
{
    public void Log(ActionLogLevel level, string message, Exception? exception = null)
    {
        var logLevel = level switch
        {
            ActionLogLevel.Debug => LogLevel.Debug,
            ActionLogLevel.Information => LogLevel.Information,
            ActionLogLevel.Warning => LogLevel.Warning,
            _ => LogLevel.Error,
        };
        if (!logger.IsEnabled(logLevel))
        {
            return;
        }

        try
        {
            // An exception's text is not ours to trust: when it holds a secret, only its masked text is logged.
            if (exception is not null && masker.Mask(exception.ToString()) is var text && text != exception.ToString())
            {
                logger.Log(logLevel, "{Message} ({Exception})", masker.Mask(message ?? ""), text);
            }
            else
            {
                logger.Log(logLevel, exception, "{Message}", masker.Mask(message ?? ""));
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The SDK promises connectors that logging never throws.
        }
    }
}
