using Microsoft.Extensions.Hosting;

namespace AgentSoar.Hosting;

public static class HostLifetimeExtensions
{
    /// <summary>Waits until every hosted service (the bus among them) has started; background loops begin after it.</summary>
    public static Task WaitForStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(ct);
    }
}
