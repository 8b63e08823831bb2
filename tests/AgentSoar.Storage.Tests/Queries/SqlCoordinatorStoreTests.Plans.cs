namespace AgentSoar.Storage.Tests;

public sealed partial class SqlCoordinatorStoreTests
{
    [Theory, AllEngines]
    public async Task TryDecidePlanAsync_Twice_OnlyTheFirstDecisionLands(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var incident = await db.Store.SeedIncidentAsync();
        var alert = TestData.Alert(incident.Id);
        var plan = TestData.Plan(incident.Id, alert.Id, TestData.At(1));
        await db.Store.WriteAsync(async tx =>
        {
            await tx.TryInsertAlertAsync(alert, default);
            await tx.InsertPlanAsync(plan, default);
        });
        Assert.Null((await db.Store.GetPlanAsync(plan.Id, default))!.OutcomeJson);

        var first = false;
        var second = true;
        await db.Store.WriteAsync(async tx => first = await tx.TryDecidePlanAsync(plan.Id, """{"action":"run","by":"ann"}""", default));
        await db.Store.WriteAsync(async tx => second = await tx.TryDecidePlanAsync(plan.Id, """{"action":"dismissed","by":"bob"}""", default));

        Assert.True(first);
        Assert.False(second);
        Assert.Equal("""{"action":"run","by":"ann"}""", (await db.Store.GetPlanAsync(plan.Id, default))!.OutcomeJson);
        Assert.Equal(plan.Id, Assert.Single(await db.Store.ListPlansAsync(incident.Id, default)).Id);
    }

    [Theory, AllEngines]
    public async Task GetPlanAsync_Unknown_IsNull(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        Assert.Null(await db.Store.GetPlanAsync(Guid.NewGuid(), default));
    }
}
