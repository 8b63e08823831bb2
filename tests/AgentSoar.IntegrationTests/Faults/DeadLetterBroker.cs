using System.Text;
using System.Text.Json.Nodes;
using RabbitMQ.Client;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>
/// The broker as someone outside AgentSoar reaches it: publishes a body straight onto one of the system's queues, and
/// reads what an <c>_error</c> queue holds (without taking it: nothing is acknowledged, so closing gives it back).
/// </summary>
public sealed class DeadLetterBroker : IAsyncDisposable
{
    /// <summary>The content type MassTransit writes and reads its envelopes in.</summary>
    public const string EnvelopeContentType = "application/vnd.masstransit+json";

    private readonly IConnection _connection;

    private DeadLetterBroker(IConnection connection)
    {
        _connection = connection;
    }

    /// <param name="virtualHost">The deployment's (<c>DistributedDeployment.VirtualHost</c>).</param>
    public static async Task<DeadLetterBroker> ConnectAsync(string virtualHost)
    {
        var address = (Environment.GetEnvironmentVariable("AGENTSOAR_TEST_RABBITMQ") ?? throw new InvalidOperationException("AGENTSOAR_TEST_RABBITMQ is not set")).Split(':');
        var factory = new ConnectionFactory { HostName = address[0], Port = int.Parse(address[1], System.Globalization.CultureInfo.InvariantCulture), VirtualHost = virtualHost };
        return new DeadLetterBroker(await factory.CreateConnectionAsync("dead-letter-test"));
    }

    /// <summary>A MassTransit envelope around <paramref name="message"/>, claiming the contract type <paramref name="urn"/>.</summary>
    public static byte[] Envelope(Guid messageId, string urn, JsonObject message) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["messageId"] = messageId.ToString(),
        ["conversationId"] = Guid.NewGuid().ToString(),
        ["messageType"] = new JsonArray(urn),
        ["message"] = message,
        ["headers"] = new JsonObject(),
    }.ToJsonString());

    /// <summary>Puts <paramref name="body"/> on <paramref name="queue"/> through the default exchange, persistent, with publisher confirms.</summary>
    public async Task PublishAsync(string queue, byte[] body, Guid messageId)
    {
        await using var channel = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var properties = new BasicProperties { ContentType = EnvelopeContentType, MessageId = messageId.ToString(), DeliveryMode = DeliveryModes.Persistent };
        await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body);
    }

    /// <summary>The headers (as text) of each message on <paramref name="queue"/> whose body is <paramref name="body"/>.</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> FindAsync(string queue, byte[] body)
    {
        // Unacknowledged gets go back to the queue when the channel closes: this only looks.
        await using var channel = await _connection.CreateChannelAsync();
        var found = new List<IReadOnlyDictionary<string, string>>();
        while (await channel.BasicGetAsync(queue, autoAck: false) is { } message)
        {
            if (message.Body.Span.SequenceEqual(body))
            {
                found.Add((message.BasicProperties.Headers ?? new Dictionary<string, object?>())
                    .ToDictionary(h => h.Key, h => h.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : h.Value?.ToString() ?? string.Empty, StringComparer.Ordinal));
            }
        }

        return found;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
