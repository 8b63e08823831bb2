using AgentSoar.ConnectorHost.Tests.TestSupport;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSoar.ConnectorHost.Tests.Execution;

public sealed class ActionExecutorTests : IDisposable
{
    private readonly TestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ExecuteAsync_ValidInput_PublishesCompletedWithSnakeCaseOutput()
    {
        var command = Commands.Execute("test", "echo", """{"text":"hello","count":2}""");

        var result = await _host.Executor.ExecuteAsync(command, CancellationToken.None);

        var completed = Assert.IsType<ActionCompleted>(result.Message);
        Assert.Equal(command.ExecutionId, completed.ExecutionId);
        Assert.Equal("hello", completed.Output.GetProperty("text").GetString());
        Assert.Equal(2, completed.Output.GetProperty("count").GetInt32());
        Assert.Equal(1, completed.Attempts);
        Assert.False(completed.Simulated);
    }

    [Fact]
    public async Task ExecuteAsync_TimesComeFromTheInjectedClock()
    {
        var now = new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);
        using var host = new TestHost(configure: services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(now)));

        var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"text":"t"}"""), CancellationToken.None);

        Assert.Equal(now, result.Completed!.StartedAt);
        Assert.Equal(now, result.Completed.FinishedAt);
    }

    [Fact]
    public async Task ExecuteAsync_ArrivedAfterItsDeadline_IsNotRun()
    {
        var now = new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);
        using var host = new TestHost(configure: services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(now)));
        var late = Commands.Execute("test", "echo", """{"text":"t"}""") with { NotAfter = now.AddSeconds(-1) };
        var inTime = Commands.Execute("test", "echo", """{"text":"t"}""") with { NotAfter = now.AddSeconds(1) };

        var refused = await host.Executor.ExecuteAsync(late, CancellationToken.None);
        var accepted = await host.Executor.ExecuteAsync(inTime, CancellationToken.None);

        Assert.Equal(ActionErrorKind.Timeout, refused.Failed!.ErrorKind);
        Assert.Contains("after its deadline", refused.Failed.Error, StringComparison.Ordinal);
        Assert.True(accepted.Succeeded);
        Assert.Equal(1, host.Connector.CallsTo("echo"));
    }

    [Fact]
    public async Task ExecuteAsync_TransientFailures_RetriedUntilSuccess()
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("test", "flaky", """{"failures":2}""", maxAttempts: 3), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Completed!.Attempts);
        Assert.Equal(3, _host.Connector.CallsTo("flaky"));
    }

    [Fact]
    public async Task ExecuteAsync_TransientFailuresBeyondMaxAttempts_FailsTransientAfterMaxAttempts()
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("test", "flaky", """{"failures":5}""", maxAttempts: 2), CancellationToken.None);

        Assert.Equal(ActionErrorKind.Transient, result.Failed!.ErrorKind);
        Assert.Equal(2, result.Failed.Attempts);
        Assert.Equal(2, _host.Connector.CallsTo("flaky"));
        Assert.Contains("after 2 attempts", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_PermanentFailure_NotRetried()
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("test", "broken", maxAttempts: 5), CancellationToken.None);

        Assert.Equal(ActionErrorKind.Permanent, result.Failed!.ErrorKind);
        Assert.Equal("the far side said no", result.Failed.Error);
        Assert.Equal(1, _host.Connector.CallsTo("broken"));
    }

    [Fact]
    public async Task ExecuteAsync_ActionOutlivesTimeout_FailsWithTimeoutAfterEveryAttempt()
    {
        var result = await _host.Executor.ExecuteAsync(
            Commands.Execute("test", "hang", timeout: TimeSpan.FromMilliseconds(100), maxAttempts: 2), CancellationToken.None);

        Assert.Equal(ActionErrorKind.Timeout, result.Failed!.ErrorKind);
        Assert.Equal(2, result.Failed.Attempts);
        Assert.Equal(2, _host.Connector.CallsTo("hang"));
    }

    [Fact]
    public async Task ExecuteAsync_ActionIgnoresItsToken_StillTimesOut()
    {
        var execution = _host.Executor.ExecuteAsync(
            Commands.Execute("test", "deaf", timeout: TimeSpan.FromMilliseconds(100), maxAttempts: 1), CancellationToken.None);

        var result = await execution.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ActionErrorKind.Timeout, result.Failed!.ErrorKind);
    }

    [Fact]
    public async Task ExecuteAsync_WrongFieldType_InvalidInputNamingTheField()
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"text":"a","count":"many"}"""), CancellationToken.None);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("'count'", result.Failed.Error, StringComparison.Ordinal);
        Assert.Contains("integer", result.Failed.Error, StringComparison.Ordinal);
        Assert.Equal(0, _host.Connector.CallsTo("echo"));
    }

    [Fact]
    public async Task ExecuteAsync_MissingRequiredField_InvalidInputNamingTheField()
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"count":1}"""), CancellationToken.None);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("'text'", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownField_InvalidInputNamingTheFieldAndTheKnownOnes()
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"text":"a","colour":"red"}"""), CancellationToken.None);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("'colour'", result.Failed.Error, StringComparison.Ordinal);
        Assert.Contains("text, count", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_NullForNonNullableField_InvalidInputNamingTheField()
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"text":null}"""), CancellationToken.None);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("'text'", result.Failed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope", "echo", "no connector 'nope'")]
    [InlineData("test", "nope", "no action 'nope'")]
    public async Task ExecuteAsync_UnknownConnectorOrAction_UnknownActionSayingWhichIsMissing(string connector, string action, string expected)
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute(connector, action), CancellationToken.None);

        Assert.Equal(ActionErrorKind.UnknownAction, result.Failed!.ErrorKind);
        Assert.Contains(expected, result.Failed.Error, StringComparison.Ordinal);
        Assert.Equal(0, result.Failed.Attempts);
    }

    [Fact]
    public async Task ExecuteAsync_PluginThrows_PermanentFailureNotRetried()
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("test", "crash", maxAttempts: 3), CancellationToken.None);

        Assert.Equal(ActionErrorKind.Permanent, result.Failed!.ErrorKind);
        Assert.Contains("InvalidOperationException", result.Failed.Error, StringComparison.Ordinal);
        Assert.Equal(1, _host.Connector.CallsTo("crash"));
    }

    [Fact]
    public async Task ExecuteAsync_OutputCannotSerialise_PermanentFailure()
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("test", "bad_output"), CancellationToken.None);

        Assert.Equal(ActionErrorKind.Permanent, result.Failed!.ErrorKind);
        Assert.Contains("could not be serialised", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_OutputOverTheLimit_PermanentFailure()
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("test", "big_output"), CancellationToken.None);

        Assert.Equal(ActionErrorKind.Permanent, result.Failed!.ErrorKind);
        Assert.Contains("over the limit", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_SameIdempotencyKeyTwice_SecondReturnsCachedResultWithoutCallingTheAction()
    {
        var first = Commands.Execute("test", "echo", """{"text":"once"}""", idempotencyKey: "key-1");
        var redelivered = first with { ExecutionId = Guid.NewGuid() };

        var one = await _host.Executor.ExecuteAsync(first, CancellationToken.None);
        var two = await _host.Executor.ExecuteAsync(redelivered, CancellationToken.None);

        Assert.Equal(1, _host.Connector.CallsTo("echo"));
        Assert.Equal(one.Completed!.Output.GetRawText(), two.Completed!.Output.GetRawText());
        Assert.Equal(one.Completed.FinishedAt, two.Completed.FinishedAt);
        Assert.Equal(redelivered.ExecutionId, two.Completed.ExecutionId);
    }

    [Fact]
    public async Task ExecuteAsync_RedeliveredNonIdempotentAction_IsNotRunAgainButAnsweredUncertain()
    {
        var command = Commands.Execute("test", "echo", """{"text":"block it"}""", idempotencyKey: "key-r1");

        var result = await _host.Executor.ExecuteAsync(command, redelivered: true, CancellationToken.None);

        Assert.Equal(ActionErrorKind.Uncertain, result.Failed!.ErrorKind);
        Assert.Contains("not run again", result.Failed.Error, StringComparison.Ordinal);
        Assert.Equal(0, _host.Connector.CallsTo("echo"));
    }

    [Fact]
    public async Task ExecuteAsync_RedeliveredIdempotentAction_RunsAgain()
    {
        var command = Commands.Execute("test", "echo_idempotent", """{"text":"look it up"}""", idempotencyKey: "key-r2");

        var result = await _host.Executor.ExecuteAsync(command, redelivered: true, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(1, _host.Connector.CallsTo("echo_idempotent"));
    }

    [Fact]
    public async Task ExecuteAsync_RedeliveredAfterThisHostFinishedIt_GetsTheRememberedResult()
    {
        var command = Commands.Execute("test", "echo", """{"text":"once"}""", idempotencyKey: "key-r3");
        await _host.Executor.ExecuteAsync(command, CancellationToken.None);

        var again = await _host.Executor.ExecuteAsync(command, redelivered: true, CancellationToken.None);

        Assert.True(again.Succeeded);
        Assert.Equal(1, _host.Connector.CallsTo("echo"));
    }

    [Fact]
    public async Task ExecuteAsync_ConcurrentDuplicates_CallTheActionOnce()
    {
        var command = Commands.Execute("test", "flaky", """{"failures":1}""", idempotencyKey: "key-2");

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _host.Executor.ExecuteAsync(command, CancellationToken.None)));

        Assert.All(results, result => Assert.True(result.Succeeded));
        Assert.Equal(2, _host.Connector.CallsTo("flaky"));
    }

    [Fact]
    public async Task ExecuteAsync_DifferentIdempotencyKeys_EachCallsTheAction()
    {
        await _host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"text":"a"}""", idempotencyKey: "a"), CancellationToken.None);
        await _host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"text":"a"}""", idempotencyKey: "b"), CancellationToken.None);

        Assert.Equal(2, _host.Connector.CallsTo("echo"));
    }

    [Fact]
    public async Task ExecuteAsync_HostShuttingDown_ThrowsAndRemembersNothing()
    {
        using var shutdown = new CancellationTokenSource();
        var command = Commands.Execute("test", "hang", idempotencyKey: "key-3", timeout: TimeSpan.FromSeconds(30));
        var running = _host.Executor.ExecuteAsync(command, shutdown.Token);
        await shutdown.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        var again = _host.Executor.ExecuteAsync(command with { Timeout = TimeSpan.FromMilliseconds(50), MaxAttempts = 1 }, CancellationToken.None);
        Assert.Equal(ActionErrorKind.Timeout, (await again).Failed!.ErrorKind);
    }

    [Fact]
    public async Task ExecuteAsync_ConnectorKeepsFailing_CircuitOpensAndCallsStop()
    {
        using var host = new TestHost(new Dictionary<string, string?>
        {
            ["AgentSoar:ConnectorHost:CircuitBreakerMinimumThroughput"] = "2",
            ["AgentSoar:ConnectorHost:CircuitBreakerFailureRatio"] = "0.5",
            ["AgentSoar:ConnectorHost:CircuitBreakerBreakDuration"] = "00:01:00",
        });

        await host.Executor.ExecuteAsync(Commands.Execute("test", "flaky", """{"failures":9}""", maxAttempts: 2), CancellationToken.None);
        var blocked = await host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"text":"x"}"""), CancellationToken.None);

        Assert.Equal(ActionErrorKind.Transient, blocked.Failed!.ErrorKind);
        Assert.Contains("circuit is open", blocked.Failed.Error, StringComparison.Ordinal);
        Assert.Equal(0, host.Connector.CallsTo("echo"));
    }
}
