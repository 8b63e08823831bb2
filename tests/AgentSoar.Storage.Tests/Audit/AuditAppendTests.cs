using System.Text.RegularExpressions;

namespace AgentSoar.Storage.Tests;

public sealed partial class AuditAppendTests
{
    [Theory, AllEngines]
    public async Task AppendAudit_ThreeEntries_NumbersThemAndChainsTheirHashes(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        var entries = await db.Store.WriteAuditAsync(
            TestData.Audit(data: """{"n":1}"""), TestData.Audit(data: """{"n":2}"""), TestData.Audit(data: """{"n":3}"""));

        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        Assert.Equal(["""{"n":1}""", """{"n":2}""", """{"n":3}"""], entries.Select(e => e.DataJson));
        Assert.Equal([AuditHasher.GenesisHash, entries[0].Hash, entries[1].Hash], entries.Select(e => e.PreviousHash));
        Assert.All(entries, e => Assert.Equal(AuditHasher.Compute(e), e.Hash));
        Assert.All(entries, e => Assert.Matches(LowerHex64(), e.Hash));
        Assert.Equal(3, entries.Select(e => e.Hash).Distinct().Count());
    }

    [Theory, AllEngines]
    public async Task AppendAudit_ThenList_ReturnsEqualEntriesInUtc(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incidentId = Guid.NewGuid();
        var runId = Guid.NewGuid();

        var appended = await db.Store.WriteAuditAsync(
            new AuditDraft(TestData.T0, "system", "coordinator.started", null, null, null, "{}"),
            TestData.Audit(incidentId, runId, """{"ip":"203.0.113.7","note":"é"}"""));

        var listed = await db.Store.ListAuditAsync(null, null, 0, 10, default);
        Assert.Equal(appended, listed);
        Assert.All(listed, e => Assert.Equal(TimeSpan.Zero, e.At.Offset));
        Assert.Equal(TestData.T0.UtcTicks, listed[1].At.UtcTicks);
    }

    [Theory, AllEngines]
    public async Task AppendAudit_BeforeTheCommit_WritesNothingYet(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var tx = await db.Store.BeginAsync(default);

        tx.AppendAudit(TestData.Audit());

        Assert.Empty(tx.AuditWritten);
        Assert.Empty(await db.Store.ListAuditAsync(null, null, 0, 10, default));
        await tx.CommitAsync(default);
        Assert.Equal(1, Assert.Single(tx.AuditWritten).Sequence);
        Assert.Equal(tx.AuditWritten, await db.Store.ListAuditAsync(null, null, 0, 10, default));
    }

    [Theory, AllEngines]
    public async Task AppendAudit_MoreEntriesThanOneBatchTakes_WritesThemAllInOrder(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        const int count = 250; // more than two of the batches a commit sends on PostgreSQL

        var written = await db.Store.WriteAuditAsync([.. Enumerable.Range(1, count).Select(i => TestData.Audit(data: $$"""{"i":{{i}}}"""))]);

        var listed = await db.Store.ListAuditAsync(null, null, 0, 1000, default);
        Assert.Equal(written, listed);
        Assert.Equal(Enumerable.Range(1, count).Select(i => $$"""{"i":{{i}}}"""), listed.Select(e => e.DataJson));
        Assert.Equal(new AuditVerification(true, count, null, null), await db.Store.VerifyAuditChainAsync(default));
    }

    [Theory, AllEngines]
    public async Task AppendAudit_AfterARolledBackAppend_LeavesNoGap(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var first = Assert.Single(await db.Store.WriteAuditAsync(TestData.Audit()));
        await using (var abandoned = await db.Store.BeginAsync(default))
        {
            abandoned.AppendAudit(TestData.Audit());
            abandoned.AppendAudit(TestData.Audit());
        }

        var next = Assert.Single(await db.Store.WriteAuditAsync(TestData.Audit()));

        Assert.Equal(2, next.Sequence);
        Assert.Equal(first.Hash, next.PreviousHash);
        Assert.True((await db.Store.VerifyAuditChainAsync(default)).IsValid);
    }

    [Theory, AllEngines]
    public async Task AppendAudit_ConcurrentWritersInSeparateStores_KeepOneValidChain(string engine)
    {
        const int writers = 4;
        const int appendsEach = 10;
        await using var db = await TestDatabase.CreateAsync(engine);

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var store = db.NewStore();
            for (var i = 0; i < appendsEach; i++)
            {
                // Two entries a transaction: the second must chain on the first, not on the head as it was.
                await store.WriteAuditAsync(
                    TestData.Audit(data: $$"""{"writer":{{w}},"i":{{i}},"part":1}"""), TestData.Audit(data: $$"""{"writer":{{w}},"i":{{i}},"part":2}"""));
            }
        })));

        var entries = await db.Store.ListAuditAsync(null, null, 0, 1000, default);
        Assert.Equal(Enumerable.Range(1, 2 * writers * appendsEach).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(2 * writers * appendsEach, entries.Select(e => e.DataJson).Distinct().Count());
        var verification = await db.Store.VerifyAuditChainAsync(default);
        Assert.Equal(new AuditVerification(true, 2 * writers * appendsEach, null, null), verification);
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex LowerHex64();
}
