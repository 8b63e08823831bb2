using System.Globalization;
using AgentSoar.Hosting.Bus;
using MassTransit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace AgentSoar.Coordinator.Tests.Bus;

/// <summary>
/// The probe against a real RabbitMQ (the one <c>AGENTSOAR_TEST_RABBITMQ</c> names): an endpoint MassTransit holds
/// for ready whose queue has no consumer on the broker is started again; one whose queue has a consumer is left alone.
/// </summary>
public sealed class BrokerConsumerProbeTests : IAsyncLifetime
{
    private static readonly TimeSpan After = TimeSpan.FromSeconds(45);
    private readonly ManualClock _clock = new();
    private readonly RecordingEndpoint _endpoint = new();
    private readonly string _queue = $"agentsoar-probe-test-{Guid.NewGuid():N}";
    private readonly BusOptions _options;
    private readonly ReceiveEndpointGuard _guard;
    private readonly BrokerConsumerProbe _probe;
    private IConnection? _connection;

    public BrokerConsumerProbeTests()
    {
        var broker = (Environment.GetEnvironmentVariable("AGENTSOAR_TEST_RABBITMQ")
            ?? throw new InvalidOperationException("AGENTSOAR_TEST_RABBITMQ (host:port of a RabbitMQ for tests) is not set; scripts/test.sh sets it")).Split(':');
        _options = new BusOptions { Transport = "rabbitmq", Host = broker[0], Port = int.Parse(broker[1], CultureInfo.InvariantCulture), EndpointRestartAfter = After };
        _guard = new ReceiveEndpointGuard(Options.Create(_options), _clock, NullLogger<ReceiveEndpointGuard>.Instance);
        _probe = new BrokerConsumerProbe(Options.Create(_options), _guard, _clock, NullLogger<BrokerConsumerProbe>.Instance);
    }

    private Uri Address => new($"rabbitmq://{_options.Host}:{_options.Port}/{_queue}");

    public async Task InitializeAsync()
    {
        var factory = new ConnectionFactory { HostName = _options.Host, Port = _options.Port };
        _connection = await factory.CreateConnectionAsync("probe-test");
    }

    public async Task DisposeAsync()
    {
        _probe.Dispose();
        if (_connection is not null)
        {
            await using (var channel = await _connection.CreateChannelAsync())
            {
                await channel.QueueDeleteAsync(_queue);
            }

            await _connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task CheckAsync_ReadyEndpointWhoseQueueHasNoConsumer_IsStartedAgain()
    {
        await using var channel = await _connection!.CreateChannelAsync();
        await channel.QueueDeclareAsync(_queue, durable: false, exclusive: false, autoDelete: false);
        await ProbeReadyEndpointAsync(Address);

        Assert.Equal(["Stop", "Start"], _endpoint.Calls);
    }

    [Fact]
    public async Task CheckAsync_ReadyEndpointWhoseQueueIsGone_IsStartedAgain()
    {
        await ProbeReadyEndpointAsync(Address);

        Assert.Equal(["Stop", "Start"], _endpoint.Calls);
    }

    [Fact]
    public async Task CheckAsync_ReadyEndpointWhoseQueueHasAConsumer_IsLeftAlone()
    {
        await using var channel = await _connection!.CreateChannelAsync();
        await channel.QueueDeclareAsync(_queue, durable: false, exclusive: false, autoDelete: false);
        await channel.BasicConsumeAsync(_queue, autoAck: false, new AsyncEventingBasicConsumer(channel));
        await ProbeReadyEndpointAsync(Address);

        Assert.Empty(_endpoint.Calls);
    }

    [Fact]
    public async Task CheckAsync_ConsumerBackBeforeTheLimit_IsLeftAlone()
    {
        await using var channel = await _connection!.CreateChannelAsync();
        await channel.QueueDeclareAsync(_queue, durable: false, exclusive: false, autoDelete: false);
        await ((IReceiveEndpointObserver)_guard).Ready(new ReadyEvent(Address, _endpoint.Proxy));
        await _probe.CheckAsync(CancellationToken.None);

        await channel.BasicConsumeAsync(_queue, autoAck: false, new AsyncEventingBasicConsumer(channel));
        await _probe.CheckAsync(CancellationToken.None);
        _clock.Advance(After);
        await _guard.CheckAsync(CancellationToken.None);

        Assert.Empty(_endpoint.Calls);
    }

    [Fact]
    public async Task CheckAsync_TemporaryEndpoint_IsNotAskedAbout()
    {
        var temporary = new Uri($"rabbitmq://{_options.Host}:{_options.Port}/{_queue}?temporary=true");
        await ProbeReadyEndpointAsync(temporary);

        Assert.Empty(_endpoint.Calls);
    }

    /// <summary>MassTransit reports the endpoint ready; the probe asks the broker; the guard looks after the limit.</summary>
    private async Task ProbeReadyEndpointAsync(Uri address)
    {
        await ((IReceiveEndpointObserver)_guard).Ready(new ReadyEvent(address, _endpoint.Proxy));
        await _probe.CheckAsync(CancellationToken.None);
        _clock.Advance(After);
        await _guard.CheckAsync(CancellationToken.None);
    }

    [Fact]
    public async Task CheckAsync_Twice_AsksOverOneConnection()
    {
        await using var channel = await _connection!.CreateChannelAsync();
        await channel.QueueDeclareAsync(_queue, durable: false, exclusive: false, autoDelete: false);
        await ((IReceiveEndpointObserver)_guard).Ready(new ReadyEvent(Address, _endpoint.Proxy));

        await _probe.CheckAsync(CancellationToken.None);
        var first = _probe.ConnectionPort;
        await _probe.CheckAsync(CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(first, _probe.ConnectionPort);
    }

    [Theory]
    [InlineData("rabbitmq://127.0.0.1:5672/agentsoar-action-completed", "agentsoar-action-completed")]
    [InlineData("rabbitmq://127.0.0.1:5672/tenant-a/agentsoar-action-completed", "agentsoar-action-completed")]
    [InlineData("rabbitmq://127.0.0.1/vm_AgentSoarConsole_bus_abc?temporary=true", "vm_AgentSoarConsole_bus_abc")]
    public void QueueOf_EndpointAddress_IsItsLastSegment(string address, string queue) =>
        Assert.Equal(queue, BrokerConsumerProbe.QueueOf(new Uri(address)));
}
