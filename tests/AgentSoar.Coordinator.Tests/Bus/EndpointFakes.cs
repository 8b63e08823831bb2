using System.Reflection;
using MassTransit;

namespace AgentSoar.Coordinator.Tests.Bus;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>A receive endpoint that records Start and Stop (the guard uses no other member).</summary>
internal sealed class RecordingEndpoint
{
    public RecordingEndpoint()
    {
        Proxy = DispatchProxy.Create<IReceiveEndpoint, EndpointProxy>();
        ((EndpointProxy)(object)Proxy).Calls = Calls;
    }

    public IReceiveEndpoint Proxy { get; }

    public List<string> Calls { get; } = [];
}

/// <summary>Records each member called by name; a <see cref="Task"/> comes back completed, anything else null.</summary>
public class EndpointProxy : DispatchProxy
{
    public List<string> Calls { get; set; } = [];

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        Calls.Add(targetMethod!.Name);
        return targetMethod.ReturnType == typeof(Task) ? Task.CompletedTask : null;
    }
}

internal sealed record FaultedEvent(Uri InputAddress, IReceiveEndpoint ReceiveEndpoint, Exception Exception) : ReceiveEndpointFaulted;

internal sealed record ReadyEvent(Uri InputAddress, IReceiveEndpoint ReceiveEndpoint) : ReceiveEndpointReady
{
    public bool IsStarted => true;
}

internal sealed record StoppingEvent(Uri InputAddress, IReceiveEndpoint ReceiveEndpoint) : ReceiveEndpointStopping
{
    public bool Removed => false;
}

internal sealed record CompletedEvent(Uri InputAddress, IReceiveEndpoint ReceiveEndpoint) : ReceiveEndpointCompleted
{
    public long DeliveryCount => 0;

    public long ConcurrentDeliveryCount => 0;
}
