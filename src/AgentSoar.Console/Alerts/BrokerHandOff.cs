using MassTransit;

namespace AgentSoar.Console.Alerts;

/// <summary>
/// Hands a message to the broker and waits, for a bounded time, until the broker has it. On
/// RabbitMQ the bus publishes with publisher confirms (see the bus setup), so a publish completes
/// only once the broker has taken the persistent message; with the broker away it would wait for
/// the connection to come back, which a caller must not wait for without limit.
/// </summary>
internal static partial class BrokerHandOff
{
    /// <summary>True when the broker confirmed <paramref name="message"/> within <paramref name="limit"/>; false when it did not (it may still arrive).</summary>
    public static async Task<bool> TryPublishAsync<T>(IPublishEndpoint bus, T message, TimeSpan limit, ILogger logger, CancellationToken ct)
        where T : class
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(limit);
        try
        {
            // WaitAsync as well as the token: the limit holds even where the transport does not watch the token.
            await bus.Publish(message, bounded.Token).WaitAsync(limit, ct);
            return true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is OperationCanceledException or TimeoutException)
        {
            LogNotConfirmed(logger, typeof(T).Name, limit.TotalSeconds);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The connection or channel failed under the publish: not confirmed either.
            LogFailed(logger, ex, typeof(T).Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The broker did not confirm a {MessageType} within {Seconds}s")]
    private static partial void LogNotConfirmed(ILogger logger, string messageType, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing a {MessageType} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string messageType);
}
