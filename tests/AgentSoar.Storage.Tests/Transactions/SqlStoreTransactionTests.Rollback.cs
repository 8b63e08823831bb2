namespace AgentSoar.Storage.Tests;

public sealed partial class SqlStoreTransactionTests
{
    private static readonly string[] Tables =
        ["incidents", "alerts", "plans", "runs", "approvals", "audit_entries", "outbox", "inbox"];

    [Theory, AllEngines]
    public async Task DisposeAsync_WithoutCommit_LeavesNothingBehind(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = TestData.Incident();
        var alert = TestData.Alert(incident.Id);
        var run = TestData.Run(incident.Id, wakeAt: TestData.At(-1));
        var messageId = Guid.NewGuid();

        await using (var tx = await db.Store.BeginAsync(default))
        {
            await tx.TryMarkProcessedAsync("intake", messageId, TestData.T0, default);
            await tx.InsertIncidentAsync(incident, default);
            await tx.TryInsertAlertAsync(alert, default);
            await tx.InsertPlanAsync(TestData.Plan(incident.Id, alert.Id), default);
            await tx.InsertRunAsync(run, default);
            await tx.InsertApprovalAsync(TestData.Approval(run.Id, incident.Id), default);
            tx.AppendAudit(TestData.Audit(incident.Id, run.Id));
            tx.AppendAudit(TestData.Audit(incident.Id));
            tx.EnqueueOutbox(TestData.Outbox());
        }

        foreach (var table in Tables)
        {
            Assert.Equal(0L, await db.ScalarAsync<long>($"SELECT COUNT(*) FROM {table}"));
        }

        Assert.Null(await db.Store.GetIncidentAsync(incident.Id, default));
        Assert.Empty(await db.Store.ListRunsDueAsync(TestData.At(60), 10, default));
        Assert.Empty(await db.Store.ListUnsentOutboxAsync(TestData.At(60), 10, default));
        var next = Assert.Single(await db.Store.WriteAuditAsync(TestData.Audit()));
        Assert.Equal(1, next.Sequence);
        Assert.Equal(AuditHasher.GenesisHash, next.PreviousHash);
        Assert.True(await db.Store.WriteAsync(tx => tx.TryMarkProcessedAsync("intake", messageId, TestData.T0, default)));
    }

    [Theory, AllEngines]
    public async Task CommitAsync_ThenAnotherWrite_ThrowsAndKeepsTheCommittedData(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = TestData.Incident();
        await using var tx = await db.Store.BeginAsync(default);
        await tx.InsertIncidentAsync(incident, default);
        await tx.CommitAsync(default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => tx.InsertIncidentAsync(TestData.Incident(), default));
        await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync(default));
        Assert.Equal(incident, await db.Store.GetIncidentAsync(incident.Id, default));
    }

    [Theory, AllEngines]
    public async Task CommitAsync_AQueuedWriteFails_WritesNothingAndCanNotBeCommittedAgain(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var taken = TestData.Outbox();
        await db.Store.WriteAsync(tx => tx.EnqueueOutbox(taken));
        var incident = TestData.Incident();

        await using (var tx = await db.Store.BeginAsync(default))
        {
            await tx.InsertIncidentAsync(incident, default);
            tx.EnqueueOutbox(TestData.Outbox());
            tx.AppendAudit(TestData.Audit(incident.Id));
            tx.EnqueueOutbox(TestData.Outbox(id: taken.Id)); // its id is taken: the commit's batch fails part way
            tx.AppendAudit(TestData.Audit(incident.Id));

            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => tx.CommitAsync(default));
            await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync(default));
            Assert.Empty(tx.AuditWritten);
        }

        Assert.Null(await db.Store.GetIncidentAsync(incident.Id, default));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM outbox"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM audit_entries"));
        Assert.Equal(1, Assert.Single(await db.Store.WriteAuditAsync(TestData.Audit())).Sequence);
        Assert.True((await db.Store.VerifyAuditChainAsync(default)).IsValid);
    }
}
