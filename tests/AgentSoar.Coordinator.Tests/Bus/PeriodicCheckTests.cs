using AgentSoar.Hosting.Bus;

namespace AgentSoar.Coordinator.Tests.Bus;

/// <summary>The loop under the bus's watchers: a check that throws is reported and the loop goes on.</summary>
public sealed class PeriodicCheckTests
{
    [Fact]
    public async Task ExecuteAsync_CheckThrows_IsReportedAndTheNextCheckIsMade()
    {
        using var check = new ThrowingCheck();
        await check.StartAsync(CancellationToken.None);
        try
        {
            for (var i = 0; i < 200 && check.Failures < 3; i++)
            {
                await Task.Delay(25);
            }
        }
        finally
        {
            await check.StopAsync(CancellationToken.None);
        }

        Assert.True(check.Failures >= 3, $"{check.Failures} failed checks reported");
        Assert.True(check.ExecuteTask!.IsCompletedSuccessfully, $"the loop ended {check.ExecuteTask.Status}");
    }

    private sealed class ThrowingCheck() : PeriodicCheck(TimeProvider.System)
    {
        private int _failures;

        public int Failures => Volatile.Read(ref _failures);

        protected override TimeSpan Interval => TimeSpan.FromMilliseconds(10);

        public override Task CheckAsync(CancellationToken ct) => throw new InvalidOperationException("the broker said no");

        protected override void OnCheckFailed(Exception exception) => Interlocked.Increment(ref _failures);
    }
}
