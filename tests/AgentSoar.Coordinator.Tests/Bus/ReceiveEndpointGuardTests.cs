using AgentSoar.Hosting.Bus;
using MassTransit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Tests.Bus;

/// <summary>
/// The guard that starts again a receive endpoint MassTransit stopped reconnecting: it acts on an endpoint down and
/// silent for longer than the configured time, and never on one still being retried, back, or stopped on purpose.
/// </summary>
public sealed class ReceiveEndpointGuardTests
{
    private static readonly TimeSpan After = TimeSpan.FromSeconds(45);
    private static readonly Uri Address = new("rabbitmq://127.0.0.1/agentsoar-action-completed");

    private readonly ManualClock _clock = new();
    private readonly RecordingEndpoint _endpoint = new();
    private readonly ReceiveEndpointGuard _guard;

    public ReceiveEndpointGuardTests()
    {
        _guard = new ReceiveEndpointGuard(Options.Create(new BusOptions { EndpointRestartAfter = After }), _clock, NullLogger<ReceiveEndpointGuard>.Instance);
    }

    private IReceiveEndpointObserver Observer => _guard;

    [Fact]
    public async Task CheckAsync_FaultedLongerThanTheLimit_StopsAndStartsTheEndpointOnce()
    {
        await Observer.Faulted(Fault(new ObjectDisposedException("channel")));

        await LookAfterAsync(After);
        await LookAfterAsync(After);

        Assert.Equal(["Stop", "Start"], _endpoint.Calls);
    }

    [Fact]
    public async Task CheckAsync_FaultedNotYetLongEnough_LeavesItToMassTransit()
    {
        await Observer.Faulted(Fault(new ObjectDisposedException("channel")));

        await LookAfterAsync(After - TimeSpan.FromSeconds(1));

        Assert.Empty(_endpoint.Calls);
    }

    [Fact]
    public async Task CheckAsync_MassTransitStillTrying_LeavesItToMassTransit()
    {
        // Each failed reconnect reports a fault: down for twice the limit, but never silent for as long as the limit.
        await Observer.Faulted(Fault(new TimeoutException("broker unreachable")));
        await LookAfterAsync(After - TimeSpan.FromSeconds(15));
        await Observer.Faulted(Fault(new TimeoutException("broker unreachable")));
        await LookAfterAsync(After - TimeSpan.FromSeconds(15));
        await Observer.Faulted(Fault(new TimeoutException("broker unreachable")));
        await LookAfterAsync(After - TimeSpan.FromSeconds(15));

        Assert.Empty(_endpoint.Calls);
    }

    [Fact]
    public async Task CheckAsync_FaultedThenReady_DoesNothing()
    {
        await Observer.Faulted(Fault(new ObjectDisposedException("channel")));
        await Observer.Ready(new ReadyEvent(Address, _endpoint.Proxy));

        await LookAfterAsync(After * 2);

        Assert.Empty(_endpoint.Calls);
    }

    [Fact]
    public async Task CheckAsync_CompletedAfterStoppingOnPurpose_DoesNothing()
    {
        await Observer.Stopping(new StoppingEvent(Address, _endpoint.Proxy));
        await Observer.Completed(new CompletedEvent(Address, _endpoint.Proxy));

        await LookAfterAsync(After * 2);

        Assert.Empty(_endpoint.Calls);
    }

    [Fact]
    public async Task CheckAsync_DownAgainAfterARestart_StartsItAgain()
    {
        await Observer.Faulted(Fault(new OperationCanceledException()));
        await LookAfterAsync(After);
        await Observer.Faulted(Fault(new OperationCanceledException()));
        await LookAfterAsync(After);

        Assert.Equal(["Stop", "Start", "Stop", "Start"], _endpoint.Calls);
    }

    private FaultedEvent Fault(Exception exception) => new(Address, _endpoint.Proxy, exception);

    private Task LookAfterAsync(TimeSpan wait)
    {
        _clock.Advance(wait);
        return _guard.CheckAsync(CancellationToken.None);
    }
}
