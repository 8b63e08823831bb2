using System.Data.Common;
using System.Net.Sockets;
using MassTransit;
using RabbitMQ.Client.Exceptions;

namespace AgentSoar.Hosting.Bus;

/// <summary>
/// Failures that say a server is away for now, not that the message is wrong: the database or the
/// broker restarting, a connection refused or cut, a timeout. Trying the same message again later
/// is the cure, so they are retried far longer than other failures (see <see cref="RetryPolicies"/>).
/// </summary>
public static class TransientFaults
{
    /// <summary>True when <paramref name="exception"/> or any exception inside it is transient.</summary>
    public static bool IsTransient(Exception? exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is AggregateException aggregate && aggregate.InnerExceptions.Any(IsTransient))
            {
                return true;
            }

            if (IsTransientItself(ex))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTransientItself(Exception ex) => ex switch
    {
        // The provider's own judgement, and the SQLSTATE classes of a server going away: 08 connection
        // exception, 57P0x admin or crash shutdown and "cannot connect now" (starting up), 53 out of resources.
        DbException db => db.IsTransient || db.SqlState is { } state && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P0", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)),
        SocketException or TimeoutException => true,
        ConnectionException or TransportUnavailableException => true,
        AlreadyClosedException or BrokerUnreachableException => true,
        _ => false,
    };
}
