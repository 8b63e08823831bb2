using System.Text.RegularExpressions;

namespace AgentSoar.Storage.Tests;

public sealed partial class AuditAppenderTests
{
    [Theory, AllEngines]
    public async Task AppendAuditAsync_ThreeEntries_NumbersThemAndChainsTheirHashes(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        var entries = await db.Store.WriteAsync(async tx => new[]
        {
            await tx.AppendAuditAsync(TestData.Audit(data: """{"n":1}"""), default),
            await tx.AppendAuditAsync(TestData.Audit(data: """{"n":2}"""), default),
            await tx.AppendAuditAsync(TestData.Audit(data: """{"n":3}"""), default),
        });

        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        Assert.Equal([AuditHasher.GenesisHash, entries[0].Hash, entries[1].Hash], entries.Select(e => e.PreviousHash));
        Assert.All(entries, e => Assert.Equal(AuditHasher.Compute(e), e.Hash));
        Assert.All(entries, e => Assert.Matches(LowerHex64(), e.Hash));
        Assert.Equal(3, entries.Select(e => e.Hash).Distinct().Count());
    }

    [Theory, AllEngines]
    public async Task AppendAuditAsync_ThenList_ReturnsEqualEntriesInUtc(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incidentId = Guid.NewGuid();
        var runId = Guid.NewGuid();

        var appended = await db.Store.WriteAsync(async tx => new[]
        {
            await tx.AppendAuditAsync(new AuditDraft(TestData.T0, "system", "coordinator.started", null, null, null, "{}"), default),
            await tx.AppendAuditAsync(TestData.Audit(incidentId, runId, """{"ip":"203.0.113.7","note":"é"}"""), default),
        });

        var listed = await db.Store.ListAuditAsync(null, null, 0, 10, default);
        Assert.Equal(appended, listed);
        Assert.All(listed, e => Assert.Equal(TimeSpan.Zero, e.At.Offset));
        Assert.Equal(TestData.T0.UtcTicks, listed[1].At.UtcTicks);
    }

    [Theory, AllEngines]
    public async Task AppendAuditAsync_AfterARolledBackAppend_LeavesNoGap(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var first = await db.Store.WriteAsync(tx => tx.AppendAuditAsync(TestData.Audit(), default));
        await using (var abandoned = await db.Store.BeginAsync(default))
        {
            Assert.Equal(2, (await abandoned.AppendAuditAsync(TestData.Audit(), default)).Sequence);
        }

        var next = await db.Store.WriteAsync(tx => tx.AppendAuditAsync(TestData.Audit(), default));

        Assert.Equal(2, next.Sequence);
        Assert.Equal(first.Hash, next.PreviousHash);
        Assert.True((await db.Store.VerifyAuditChainAsync(default)).IsValid);
    }

    [Theory, AllEngines]
    public async Task AppendAuditAsync_ConcurrentWritersInSeparateStores_KeepOneValidChain(string engine)
    {
        const int writers = 4;
        const int appendsEach = 10;
        await using var db = await TestDatabase.CreateAsync(engine);

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var store = db.NewStore();
            for (var i = 0; i < appendsEach; i++)
            {
                await store.WriteAsync(tx => tx.AppendAuditAsync(TestData.Audit(data: $$"""{"writer":{{w}},"i":{{i}}}"""), default));
            }
        })));

        var entries = await db.Store.ListAuditAsync(null, null, 0, 1000, default);
        Assert.Equal(Enumerable.Range(1, writers * appendsEach).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(writers * appendsEach, entries.Select(e => e.DataJson).Distinct().Count());
        var verification = await db.Store.VerifyAuditChainAsync(default);
        Assert.Equal(new AuditVerification(true, writers * appendsEach, null, null), verification);
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex LowerHex64();
}
