namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// Where a connector writes its log. The host forwards it to its own logging with the incident,
/// run, step and execution ids attached, after masking every known secret.
/// </summary>
/// <remarks>
/// The SDK has its own one-method logger rather than <c>Microsoft.Extensions.Logging.ILogger</c> so
/// that a plugin depends on the BCL alone and can never load a logging assembly of another version
/// than the host's. Format the message yourself (interpolated strings are fine); the ids are added
/// for you. Implementations must not throw.
/// </remarks>
public interface IActionLogger
{
    /// <summary>Writes one message.</summary>
    /// <param name="level">The severity.</param>
    /// <param name="message">The message, already formatted.</param>
    /// <param name="exception">The exception behind the message, if any.</param>
    void Log(ActionLogLevel level, string message, Exception? exception = null);
}
