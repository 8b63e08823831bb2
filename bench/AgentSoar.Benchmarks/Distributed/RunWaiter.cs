using System.Diagnostics;

namespace AgentSoar.Benchmarks.Distributed;

/// <summary>Waits, reading the database, until a phase's runs have finished; fails when nothing moves for a minute.</summary>
internal sealed class RunWaiter(PipelineStore store, DistributedServices services)
{
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(60);

    /// <returns>When the last of them was updated (finished), by the Coordinator's clock.</returns>
    public async Task<DateTimeOffset> FinishedAsync(DateTimeOffset since, int expected, TimeSpan poll, CancellationToken ct)
    {
        var stalled = Stopwatch.StartNew();
        var seen = -1;
        while (true)
        {
            var (count, last) = await store.FinishedSinceAsync(since, ct);
            if (count >= expected && last is { } finished)
            {
                return finished;
            }

            if (count != seen)
            {
                seen = count;
                stalled.Restart();
            }
            else if (stalled.Elapsed > StallLimit)
            {
                throw new TimeoutException($"Only {seen} of {expected} runs finished, and none for {StallLimit.TotalSeconds:0} s:{Environment.NewLine}{services.Output}");
            }

            await Task.Delay(poll, ct);
        }
    }
}
