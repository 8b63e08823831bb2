namespace AgentSoar.Connectors.Sdk;

/// <summary>Shorthands for <see cref="IActionLogger.Log"/> at each level.</summary>
public static class ActionLoggerExtensions
{
    /// <summary>Writes a <see cref="ActionLogLevel.Debug"/> message.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="message">The message.</param>
    public static void LogDebug(this IActionLogger logger, string message)
    {
        ArgumentNullException.ThrowIfNull(logger);
        logger.Log(ActionLogLevel.Debug, message);
    }

    /// <summary>Writes an <see cref="ActionLogLevel.Information"/> message.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="message">The message.</param>
    public static void LogInformation(this IActionLogger logger, string message)
    {
        ArgumentNullException.ThrowIfNull(logger);
        logger.Log(ActionLogLevel.Information, message);
    }

    /// <summary>Writes a <see cref="ActionLogLevel.Warning"/> message.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="message">The message.</param>
    /// <param name="exception">The exception behind it, if any.</param>
    public static void LogWarning(this IActionLogger logger, string message, Exception? exception = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        logger.Log(ActionLogLevel.Warning, message, exception);
    }

    /// <summary>Writes an <see cref="ActionLogLevel.Error"/> message.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="message">The message.</param>
    /// <param name="exception">The exception behind it, if any.</param>
    public static void LogError(this IActionLogger logger, string message, Exception? exception = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        logger.Log(ActionLogLevel.Error, message, exception);
    }
}
