namespace AgentSoar.Storage.Tests;

public sealed partial class SqlStoreTransactionTests
{
    private static DeadLetterRecord DeadLetter(int minute, Guid? messageId = null) => new(
        Guid.NewGuid(), "agentsoar-alert-received", """["urn:message:AgentSoar.Contracts.Alerts:AlertReceived"]""", messageId,
        "Npgsql.PostgresException", $"23514: check failed ☃ {minute}", "application/vnd.masstransit+json", """{"message":{"source":"siem"}}""",
        29, BodyTruncated: minute % 2 == 0, BodyMasked: minute % 3 == 0, "AgentSoar.Coordinator", TestData.At(minute), null, null);

    [Theory, AllEngines]
    public async Task TryAddDeadLetterAsync_BeyondTheBound_KeepsTheNewestAndIgnoresARepeat(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var letters = Enumerable.Range(1, 5).Select(i => DeadLetter(i, i == 2 ? null : Guid.NewGuid())).ToList();

        var added = new List<bool>();
        foreach (var letter in letters)
        {
            added.Add(await db.Store.WriteAsync(tx => tx.TryAddDeadLetterAsync(letter, keep: 3, default)));
        }

        var again = await db.Store.WriteAsync(tx => tx.TryAddDeadLetterAsync(letters[4], keep: 3, default));

        Assert.All(added, Assert.True);
        Assert.False(again);
        Assert.Equal([letters[4], letters[3], letters[2]], await db.Store.ListDeadLettersAsync(10, default));
        Assert.Equal(letters[3], await db.Store.GetDeadLetterAsync(letters[3].Id, default));
        Assert.Null(await db.Store.GetDeadLetterAsync(letters[0].Id, default));
    }

    [Theory, AllEngines]
    public async Task TryMarkDeadLetterReplayedAsync_Twice_TheFirstReplayStands(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var letter = DeadLetter(1);
        await db.Store.WriteAsync(tx => tx.TryAddDeadLetterAsync(letter, keep: 10, default));

        var first = await db.Store.WriteAsync(tx => tx.TryMarkDeadLetterReplayedAsync(letter.Id, "rita", TestData.At(5), default));
        var second = await db.Store.WriteAsync(tx => tx.TryMarkDeadLetterReplayedAsync(letter.Id, "alice", TestData.At(6), default));
        var unknown = await db.Store.WriteAsync(tx => tx.TryMarkDeadLetterReplayedAsync(Guid.NewGuid(), "alice", TestData.At(6), default));

        Assert.True(first);
        Assert.False(second);
        Assert.False(unknown);
        Assert.Equal(letter with { ReplayedBy = "rita", ReplayedAt = TestData.At(5) }, await db.Store.GetDeadLetterAsync(letter.Id, default));
    }
}
