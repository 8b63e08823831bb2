namespace AgentSoar.Storage.Tests;

public sealed partial class SqlCoordinatorStoreTests
{
    [Theory, AllEngines]
    public async Task ListIncidentsAsync_WithLimit_ReturnsNewestFirst(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incidents = new[] { 2, 0, 3, 1 }.Select(m => TestData.Incident(TestData.At(m))).ToList();
        await db.Store.WriteAsync(async tx =>
        {
            foreach (var incident in incidents)
            {
                await tx.InsertIncidentAsync(incident, default);
            }
        });

        var listed = await db.Store.ListIncidentsAsync(3, default);

        Assert.Equal([TestData.At(3), TestData.At(2), TestData.At(1)], listed.Select(i => i.CreatedAt));
    }

    [Theory, AllEngines]
    public async Task ListRunsAsync_ForOneIncident_ReturnsOnlyItsRunsNewestFirst(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var mine = await db.Store.SeedIncidentAsync();
        var other = await db.Store.SeedIncidentAsync();
        var older = await db.Store.SeedRunAsync(mine.Id, TestData.At(1));
        var newer = await db.Store.SeedRunAsync(mine.Id, TestData.At(2));
        var newest = await db.Store.SeedRunAsync(other.Id, TestData.At(3));

        var forMine = await db.Store.ListRunsAsync(mine.Id, 10, default);
        var all = await db.Store.ListRunsAsync(null, 2, default);

        Assert.Equal([newer.Id, older.Id], forMine.Select(r => r.Id));
        Assert.Equal([newest.Id, newer.Id], all.Select(r => r.Id));
    }

    [Theory, AllEngines]
    public async Task ListRunsDueAsync_ReturnsRunsWakingAtOrBeforeNowEarliestFirst(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var now = TestData.At(30);
        var late = await db.Store.SeedRunAsync(incident.Id, wakeAt: now.AddMinutes(-10));
        var exactlyNow = await db.Store.SeedRunAsync(incident.Id, wakeAt: now);
        var lateish = await db.Store.SeedRunAsync(incident.Id, wakeAt: now.AddTicks(-1));
        await db.Store.SeedRunAsync(incident.Id, wakeAt: now.AddTicks(1));
        await db.Store.SeedRunAsync(incident.Id, wakeAt: null);

        var due = await db.Store.ListRunsDueAsync(now, 10, default);
        var firstTwo = await db.Store.ListRunsDueAsync(now, 2, default);

        Assert.Equal([late.Id, lateish.Id, exactlyNow.Id], due.Select(r => r.Id));
        Assert.Equal([late.Id, lateish.Id], firstTwo.Select(r => r.Id));
    }

    [Theory, AllEngines]
    public async Task ListApprovalsAsync_ByStatus_ReturnsThatStatusNewestFirst(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var run = await db.Store.SeedRunAsync(incident.Id);
        var approvals = new[]
        {
            TestData.Approval(run.Id, incident.Id, "pending", TestData.At(1)),
            TestData.Approval(run.Id, incident.Id, "approved", TestData.At(2)),
            TestData.Approval(run.Id, incident.Id, "pending", TestData.At(3)),
            TestData.Approval(run.Id, incident.Id, "pending", TestData.At(4)),
        };
        await db.Store.WriteAsync(async tx =>
        {
            foreach (var approval in approvals)
            {
                await tx.InsertApprovalAsync(approval, default);
            }
        });

        var pending = await db.Store.ListApprovalsAsync("pending", 2, default);
        var all = await db.Store.ListApprovalsAsync(null, 10, default);

        Assert.Equal([approvals[3].Id, approvals[2].Id], pending.Select(a => a.Id));
        Assert.Equal(approvals.Reverse().Select(a => a.Id), all.Select(a => a.Id));
    }

    [Theory, AllEngines]
    public async Task ListIncidentApprovalsAsync_MixedIncidents_ReturnsOnlyThatIncidentsOldestFirst(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var mine = await db.Store.SeedIncidentAsync();
        var other = await db.Store.SeedIncidentAsync();
        var myRun = await db.Store.SeedRunAsync(mine.Id);
        var otherRun = await db.Store.SeedRunAsync(other.Id);
        var second = TestData.Approval(myRun.Id, mine.Id, "approved", TestData.At(2));
        var first = TestData.Approval(myRun.Id, mine.Id, "pending", TestData.At(1));
        var third = TestData.Approval(myRun.Id, mine.Id, "rejected", TestData.At(3));
        var foreign = TestData.Approval(otherRun.Id, other.Id, "pending", TestData.At(1));
        await db.Store.WriteAsync(async tx =>
        {
            foreach (var approval in new[] { second, foreign, third, first })
            {
                await tx.InsertApprovalAsync(approval, default);
            }
        });

        var all = await db.Store.ListIncidentApprovalsAsync(mine.Id, 10, default);
        var firstTwo = await db.Store.ListIncidentApprovalsAsync(mine.Id, 2, default);

        Assert.Equal([first.Id, second.Id, third.Id], all.Select(a => a.Id));
        Assert.Equal([first.Id, second.Id], firstTwo.Select(a => a.Id));
    }

    [Theory, AllEngines]
    public async Task ListAlertsAsync_ReturnsTheIncidentsAlertsOldestFirst(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var mine = await db.Store.SeedIncidentAsync();
        var other = await db.Store.SeedIncidentAsync();
        var second = TestData.Alert(mine.Id, TestData.At(2));
        var first = TestData.Alert(mine.Id, TestData.At(1));
        await db.Store.WriteAsync(async tx =>
        {
            await tx.TryInsertAlertAsync(second, default);
            await tx.TryInsertAlertAsync(TestData.Alert(other.Id, TestData.At(0)), default);
            await tx.TryInsertAlertAsync(first, default);
        });

        Assert.Equal([first, second], await db.Store.ListAlertsAsync(mine.Id, default));
    }

    [Theory, AllEngines]
    public async Task ListPlansAsync_ReturnsTheIncidentsPlansOldestFirst(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var mine = await db.Store.SeedIncidentAsync();
        var other = await db.Store.SeedIncidentAsync();
        var alert = TestData.Alert(mine.Id);
        var otherAlert = TestData.Alert(other.Id);
        var later = TestData.Plan(mine.Id, alert.Id, TestData.At(2)) with { PlannerKind = "llm" };
        var earlier = TestData.Plan(mine.Id, alert.Id, TestData.At(1));
        await db.Store.WriteAsync(async tx =>
        {
            await tx.TryInsertAlertAsync(alert, default);
            await tx.TryInsertAlertAsync(otherAlert, default);
            await tx.InsertPlanAsync(later, default);
            await tx.InsertPlanAsync(TestData.Plan(other.Id, otherAlert.Id, TestData.At(0)), default);
            await tx.InsertPlanAsync(earlier, default);
        });

        Assert.Equal([earlier, later], await db.Store.ListPlansAsync(mine.Id, default));
    }

    [Theory, AllEngines]
    public async Task ListIncidentsAsync_ZeroLimit_Throws(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => db.Store.ListIncidentsAsync(0, default));
    }
}
