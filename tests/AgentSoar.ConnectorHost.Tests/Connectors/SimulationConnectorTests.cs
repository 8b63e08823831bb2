using AgentSoar.ConnectorHost.Tests.TestSupport;
using AgentSoar.Connectors.Simulation;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSoar.ConnectorHost.Tests.Connectors;

public sealed class SimulationConnectorTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2032, 2, 3, 4, 5, 6, TimeSpan.Zero);
    private readonly TestHost _host = new(configure: services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now)));

    private ISimulationJournal Journal => _host.Services.GetRequiredService<ISimulationJournal>();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("203.0.113.7", "malicious", 90)]
    [InlineData("198.51.100.200", "malicious", 90)]
    [InlineData("192.0.2.1", "suspicious", 50)]
    [InlineData("8.8.8.8", "unknown", 0)]
    [InlineData("2001:db8::1", "unknown", 0)]
    [InlineData("::ffff:203.0.113.9", "malicious", 90)]
    public async Task LookupIp_Address_DeterministicVerdictAndScore(string ip, string verdict, int score)
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("simulation", "lookup_ip", $$"""{"ip":"{{ip}}"}"""), CancellationToken.None);

        Assert.Equal(verdict, result.Completed!.Output.GetProperty("verdict").GetString());
        Assert.Equal(score, result.Completed.Output.GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task LookupIp_NotAnAddress_InvalidInputNamingTheField()
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("simulation", "lookup_ip", """{"ip":"not-an-ip"}"""), CancellationToken.None);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("'ip'", result.Failed.Error, StringComparison.Ordinal);
        Assert.Contains("not-an-ip", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlockIp_WithPlaybookDuration_RecordsInJournalAndComputesExpiry()
    {
        var command = Commands.Execute("simulation", "block_ip", """{"ip":"203.0.113.7","duration":"24h"}""", idempotencyKey: "k-block");

        var result = await _host.Executor.ExecuteAsync(command, CancellationToken.None);

        var output = result.Completed!.Output;
        Assert.True(output.GetProperty("blocked").GetBoolean());
        Assert.Equal(Now.AddHours(24), output.GetProperty("expires_at").GetDateTimeOffset());
        var entry = Assert.Single(Journal.GetEntries());
        Assert.Equal("block_ip", entry.Action);
        Assert.Contains("203.0.113.7", entry.Summary, StringComparison.Ordinal);
        Assert.Equal(command.RunId, entry.RunId);
        Assert.Equal("k-block", entry.IdempotencyKey);
        Assert.Equal(Now, entry.RecordedAt);
    }

    [Fact]
    public async Task BlockIp_DurationNotADuration_InvalidInputAndNothingRecorded()
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("simulation", "block_ip", """{"ip":"203.0.113.7","duration":"forever"}"""), CancellationToken.None);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("'duration'", result.Failed.Error, StringComparison.Ordinal);
        Assert.Empty(Journal.GetEntries());
    }

    [Theory]
    [InlineData("isolate_host", """{"hostname":"ws-042.corp.example"}""", "isolated", true)]
    [InlineData("release_host", """{"hostname":"ws-042.corp.example"}""", "isolated", false)]
    [InlineData("disable_account", """{"user":"mallory"}""", "disabled", true)]
    [InlineData("enable_account", """{"user":"mallory"}""", "disabled", false)]
    [InlineData("unblock_ip", """{"ip":"203.0.113.7"}""", "blocked", false)]
    [InlineData("block_domain", """{"domain":"login-update.invalid","duration":"1h"}""", "blocked", true)]
    [InlineData("unblock_domain", """{"domain":"login-update.invalid"}""", "blocked", false)]
    [InlineData("block_hash", """{"hash":"44d88612fea8a8f36de82e1278abb02f"}""", "blocked", true)]
    [InlineData("unblock_hash", """{"hash":"44d88612fea8a8f36de82e1278abb02f"}""", "blocked", false)]
    [InlineData("kill_process", """{"hostname":"ws-042","process":"powershell.exe"}""", "killed", true)]
    [InlineData("revoke_sessions", """{"user":"mallory"}""", "sessions_revoked", true)]
    [InlineData("reset_password", """{"user":"mallory"}""", "must_change_password", true)]
    [InlineData("quarantine_email", """{"message_id":"<abc@mail.example>"}""", "quarantined", true)]
    [InlineData("release_email", """{"message_id":"<abc@mail.example>"}""", "quarantined", false)]
    public async Task StateActions_ValidInput_ReportTheNewStateAndAreJournaled(string action, string inputs, string property, bool expected)
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("simulation", action, inputs), CancellationToken.None);

        Assert.Equal(expected, result.Completed!.Output.GetProperty(property).GetBoolean());
        Assert.Equal(action, Assert.Single(Journal.GetEntries()).Action);
    }

    [Theory]
    [InlineData("lookup_hash", """{"hash":"44D88612FEA8A8F36DE82E1278ABB02F"}""", "malicious")]
    [InlineData("lookup_hash", """{"hash":"0000000000000000000000000000000000000000"}""", "unknown")]
    [InlineData("lookup_domain", """{"domain":"login-update.invalid"}""", "malicious")]
    [InlineData("lookup_domain", """{"domain":"cdn.test"}""", "suspicious")]
    [InlineData("lookup_domain", """{"domain":"example.org"}""", "unknown")]
    public async Task IndicatorLookups_FollowTheFixedFeed(string action, string inputs, string verdict)
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("simulation", action, inputs), CancellationToken.None);

        Assert.Equal(verdict, result.Completed!.Output.GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("lookup_hash", """{"hash":"not-a-hash"}""")]
    [InlineData("block_domain", """{"domain":"bad domain!"}""")]
    [InlineData("kill_process", """{"hostname":"ws-042","process":" "}""")]
    [InlineData("quarantine_email", """{"message_id":""}""")]
    public async Task NewActions_BadInput_InvalidInputAndNothingRecorded(string action, string inputs)
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("simulation", action, inputs), CancellationToken.None);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Empty(Journal.GetEntries());
    }

    [Fact]
    public async Task Comment_EmptyText_InvalidInput()
    {
        var result = await _host.Executor.ExecuteAsync(Commands.Execute("simulation", "comment", """{"text":"  "}"""), CancellationToken.None);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
    }

    [Fact]
    public void Journal_OverCapacity_KeepsTheNewestEntries()
    {
        var journal = new SimulationJournal(capacity: 2);
        foreach (var action in new[] { "a", "b", "c" })
        {
            journal.Record(new SimulationJournalEntry(Now, action, "", Guid.Empty, "", Guid.Empty, ""));
        }

        Assert.Equal(["b", "c"], journal.GetEntries().Select(e => e.Action));
        Assert.Equal(3, journal.TotalRecorded);
    }

    [Fact]
    public async Task Journal_ConcurrentRecords_NoneLost()
    {
        var journal = new SimulationJournal(capacity: 10_000);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                journal.Record(new SimulationJournalEntry(Now, $"{worker}", "", Guid.Empty, "", Guid.Empty, ""));
            }
        })));

        Assert.Equal(4000, journal.GetEntries().Count);
    }
}
