namespace AgentSoar.Storage.Tests;

public sealed class AuditListTests
{
    [Theory, AllEngines]
    public async Task ListAuditAsync_ByIncidentRunAndSequence_ReturnsTheMatchingEntriesInOrder(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incidentA = Guid.NewGuid();
        var incidentB = Guid.NewGuid();
        var runA = Guid.NewGuid();
        var runB = Guid.NewGuid();
        await db.Store.WriteAsync(tx =>
        {
            tx.AppendAudit(TestData.Audit(incidentA, runA));     // 1
            tx.AppendAudit(TestData.Audit(incidentB));           // 2
            tx.AppendAudit(TestData.Audit(incidentA, runB));     // 3
            tx.AppendAudit(TestData.Audit());                    // 4
            tx.AppendAudit(TestData.Audit(incidentA, runA));     // 5
            tx.AppendAudit(TestData.Audit(incidentA));           // 6
        });

        async Task<long[]> Sequences(Guid? incident, Guid? run, long after, int limit) =>
            (await db.Store.ListAuditAsync(incident, run, after, limit, default)).Select(e => e.Sequence).ToArray();

        Assert.Equal(new long[] { 1L, 3L, 5L, 6L }, await Sequences(incidentA, null, 0, 10));
        Assert.Equal(new long[] { 1L, 5L }, await Sequences(null, runA, 0, 10));
        Assert.Equal(new long[] { 3L }, await Sequences(incidentA, runB, 0, 10));
        Assert.Equal(new long[] { 5L, 6L }, await Sequences(incidentA, null, 3, 10));
        Assert.Equal(new long[] { 2L, 3L }, await Sequences(null, null, 1, 2));
        Assert.Empty(await Sequences(incidentB, runA, 0, 10));
    }
}
