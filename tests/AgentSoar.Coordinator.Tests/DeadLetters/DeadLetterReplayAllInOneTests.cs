using AgentSoar.Contracts.Alerts;
using AgentSoar.Contracts.DeadLetters;
using MassTransit;
using Microsoft.Data.Sqlite;

namespace AgentSoar.Coordinator.Tests.DeadLetters;

/// <summary>
/// The all-in-one mode (in-memory bus, SQLite): an alert the database refuses, whatever the retries, becomes a dead
/// letter with the database's reason; once the cause is gone, replaying it is processed, recorded once and audited.
/// </summary>
public sealed class DeadLetterReplayAllInOneTests
{
    private const string PoisonSource = "poison-source";

    [Fact]
    public async Task Replay_AfterTheCauseIsRemoved_ProcessesTheMessageOnceAndRecordsWhoReplayedIt()
    {
        var database = Path.Combine(Path.GetTempPath(), $"agentsoar-dead-letters-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={database}";
        try
        {
            await using var harness = await CoordinatorHarness.StartAsync(
                new Dictionary<string, string?> { ["AgentSoar:Storage:ConnectionString"] = connectionString }, CoordinatorHarness.NoopPlaybook);
            await ExecuteAsync(connectionString, $"""
                CREATE TRIGGER refuse_poison BEFORE INSERT ON alerts WHEN NEW.source = '{PoisonSource}'
                BEGIN SELECT RAISE(ABORT, 'alerts from {PoisonSource} are refused'); END;
                """);

            var alert = new AlertReceived(Guid.NewGuid(), PoisonSource, CoordinatorHarness.Finding, PoisonSource, DateTimeOffset.UnixEpoch);
            await harness.Bus.Publish(alert);
            var letter = await harness.WaitForAsync("the dead letter", async () => (await harness.Store.ListDeadLettersAsync(10, default)).SingleOrDefault());

            Assert.Equal("agentsoar-alert-received", letter.SourceQueue);
            Assert.Contains("refused", letter.Reason, StringComparison.Ordinal);
            Assert.Contains("urn:message:AgentSoar.Contracts.Alerts:AlertReceived", letter.MessageTypesJson, StringComparison.Ordinal);
            Assert.Contains(alert.AlertId.ToString(), letter.Body, StringComparison.Ordinal);
            Assert.Empty(await harness.Store.ListIncidentsAsync(10, default));

            await ExecuteAsync(connectionString, "DROP TRIGGER refuse_poison;");
            var replay = harness.Bus.CreateRequestClient<ReplayDeadLetter>();
            var first = await replay.GetResponse<DeadLetterReplayResult>(new ReplayDeadLetter(letter.Id, "rita"));
            var second = await replay.GetResponse<DeadLetterReplayResult>(new ReplayDeadLetter(letter.Id, "alice"));

            Assert.Equal(DeadLetterReplayOutcome.Replayed, first.Message.Outcome);
            Assert.Equal(DeadLetterReplayOutcome.AlreadyReplayed, second.Message.Outcome);
            await harness.WaitForAsync("the replayed alert's incident", async () => await harness.Store.GetAlertAsync(alert.AlertId, default));
            var stored = await harness.Store.GetDeadLetterAsync(letter.Id, default);
            Assert.Equal("rita", stored!.ReplayedBy);
            var audit = await harness.Store.ListAuditAsync(null, null, 0, 100, default);
            Assert.Single(audit, e => e.Kind == "dead_letter_replayed" && e.Actor == "rita");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(database);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
