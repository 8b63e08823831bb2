using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Tests.TestSupport;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.ConnectorHost.Tests.Execution;

/// <summary>Per-connector and per-action call limits: a far system's quota holds however many runs call it.</summary>
public sealed class ActionLimitsTests
{
    [Fact]
    public async Task Execute_MoreCallsThanTheMinutesQuotaWithNoQueue_TheExtraOneIsRefusedAsTransient()
    {
        using var host = new TestHost(new Dictionary<string, string?>
        {
            ["AgentSoar:Connectors:test:Limits:MaxPerMinute"] = "2",
            ["AgentSoar:Connectors:test:Limits:MaxQueue"] = "0",
        });

        var results = new List<Contracts.Actions.ActionFailed?>();
        for (var i = 0; i < 3; i++)
        {
            results.Add((await host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"text":"x"}"""), CancellationToken.None)).Failed);
        }

        Assert.Null(results[0]);
        Assert.Null(results[1]);
        Assert.Equal(ActionErrorKind.Transient, results[2]!.ErrorKind);
        Assert.Contains("limit of calls is reached", results[2]!.Error, StringComparison.Ordinal);
        Assert.Equal(2, host.Connector.CallsTo("echo"));
    }

    [Fact]
    public async Task Execute_ActionAtItsConcurrencyLimit_OtherActionsOfTheConnectorStillRun()
    {
        using var host = new TestHost(new Dictionary<string, string?>
        {
            ["AgentSoar:Connectors:test:Limits:Actions:hang:MaxConcurrency"] = "1",
            ["AgentSoar:Connectors:test:Limits:Actions:hang:MaxQueue"] = "0",
        });
        using var stop = new CancellationTokenSource();
        var first = host.Executor.ExecuteAsync(Commands.Execute("test", "hang", "{}", timeout: TimeSpan.FromMinutes(1)), stop.Token);
        await WaitUntilAsync(() => host.Connector.CallsTo("hang") == 1);

        var second = await host.Executor.ExecuteAsync(Commands.Execute("test", "hang", "{}"), CancellationToken.None);
        var other = await host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"text":"y"}"""), CancellationToken.None);

        Assert.Equal(ActionErrorKind.Transient, second.Failed!.ErrorKind);
        Assert.NotNull(other.Completed);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
    }

    [Fact]
    public void Start_LimitThatIsNotANumber_FailsWithThePath()
    {
        var error = Assert.Throws<ConnectorConfigurationException>(() =>
        {
            using var host = new TestHost(new Dictionary<string, string?> { ["AgentSoar:Connectors:test:Limits:MaxPerMinute"] = "lots" });
            _ = host.Registry;
        });

        Assert.Contains("AgentSoar:Connectors:test:Limits:MaxPerMinute must be a whole number", error.Message, StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
