using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace AgentSoar.Hosting.Bus;

/// <summary>
/// Asks the broker, every <see cref="CheckEvery"/>, how many consumers each queue of this service's ready endpoints
/// has, and tells the <see cref="ReceiveEndpointGuard"/> of any with none. After a broker restart an endpoint can
/// stay "ready" in MassTransit's eyes while its consumer never came back: no fault is reported, the service looks
/// healthy, and its queue only fills. The broker's count is the fact that shows it. (Where replicas share a queue, a
/// dead consumer in one is hidden by the others' and their work still flows.) The bus's own temporary endpoint is left
/// out: its queue is exclusive to the service's connection, so another connection cannot ask about it; a fault there
/// still reaches the guard. Checks run one at a time (one loop), so the connection needs no lock.
/// </summary>
public sealed partial class BrokerConsumerProbe(IOptions<BusOptions> options, ReceiveEndpointGuard guard, TimeProvider clock, ILogger<BrokerConsumerProbe> logger)
    : PeriodicCheck(clock)
{
    /// <summary>How often the broker is asked.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(15);

    private IConnection? _connection;

    protected override TimeSpan Interval => CheckEvery;

    /// <summary>The local port of the probe's open connection to the broker, if any: one connection serves every check.</summary>
    public int? ConnectionPort => _connection is { IsOpen: true } open ? open.LocalPort : null;

    /// <summary>One look at every ready endpoint's queue; a broker it cannot reach now is looked at next time.</summary>
    public override async Task CheckAsync(CancellationToken ct)
    {
        var endpoints = guard.ReadyEndpoints;
        if (endpoints.Count == 0)
        {
            return;
        }

        IConnection connection;
        try
        {
            connection = await ConnectionAsync(ct);
        }
        catch (Exception ex) when (ex is BrokerUnreachableException or ConnectFailureException or OperationInterruptedException or IOException)
        {
            return;
        }

        foreach (var address in endpoints.Where(IsShared))
        {
            var consumers = await CountConsumersAsync(connection, QueueOf(address), ct);
            if (consumers == 0)
            {
                LogNoConsumer(logger, address);
                guard.ReportNoConsumer(address);
            }
            else if (consumers > 0)
            {
                guard.ReportConsumer(address);
            }
        }
    }

    public override void Dispose()
    {
        _connection?.Dispose();
        base.Dispose();
    }

    /// <summary>False for a temporary or exclusive endpoint (<c>?temporary=true</c>): only its own connection may look at its queue.</summary>
    public static bool IsShared(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return !address.Query.Contains("temporary=true", StringComparison.OrdinalIgnoreCase)
            && !address.Query.Contains("exclusive=true", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The queue an endpoint address names: its last path segment (<c>rabbitmq://host/vhost/queue?…</c>).</summary>
    public static string QueueOf(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Uri.UnescapeDataString(address.AbsolutePath.TrimEnd('/').Split('/')[^1]);
    }

    /// <summary>The queue's consumer count; 0 when the queue is gone; -1 when the broker could not be asked.</summary>
    private static async Task<long> CountConsumersAsync(IConnection connection, string queue, CancellationToken ct)
    {
        try
        {
            // A passive declare of a missing queue closes its channel: one channel per question.
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            return (await channel.QueueDeclarePassiveAsync(queue, ct)).ConsumerCount;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
        catch (Exception ex) when (ex is OperationInterruptedException or AlreadyClosedException or IOException)
        {
            return -1;
        }
    }

    /// <summary>The probe's own connection, kept between checks (a connection every 15 s would fill the broker's log); made again once closed.</summary>
    private async Task<IConnection> ConnectionAsync(CancellationToken ct)
    {
        if (_connection is { IsOpen: true } open)
        {
            return open;
        }

        _connection?.Dispose();
        _connection = null;
        return _connection = await Factory().CreateConnectionAsync("agentsoar-consumer-probe", ct);
    }

    private ConnectionFactory Factory()
    {
        var bus = options.Value;
        return new ConnectionFactory
        {
            HostName = bus.Host,
            Port = bus.Port,
            VirtualHost = bus.VirtualHost,
            UserName = bus.Username,
            Password = bus.Password,
            AutomaticRecoveryEnabled = false,
        };
    }

    protected override void OnCheckFailed(Exception exception) => LogCheckFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Asking the broker for the consumers of this service's queues failed; will ask again")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The broker lists no consumer on the queue of receive endpoint {Address}, which MassTransit reports ready")]
    private static partial void LogNoConsumer(ILogger logger, Uri address);
}
