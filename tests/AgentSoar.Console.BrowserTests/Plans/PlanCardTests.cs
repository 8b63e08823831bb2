using AgentSoar.Console.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace AgentSoar.Console.BrowserTests.Plans;

/// <summary>A plan the planner only proposed, run or dismissed from the incident room.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PlanCardTests(ConsoleFixture console)
{

    [Fact]
    public async Task PlanCard_ProposalRunByAnAnalyst_StartsThePlaybookAndSaysWhoRanIt()
    {
        var incident = await Rooms.OpenProposalIncidentAsync(console, Rooms.NextIp());
        var (name, password) = await Rooms.NewUserAsync(console, "ann", "analyst");
        var page = await SignIn.AsAsync(console, name, password);
        await page.GotoAsync($"/incidents/{incident}");
        await SignIn.WaitForLiveAsync(page);
        var card = page.Locator(".plan-proposed");
        await Assertions.Expect(card.Locator(".chosen")).ToContainTextAsync("Proposes enrichment-only-triage", new() { Timeout = 30_000 });
        await Assertions.Expect(card.Locator(".card-title")).ToContainTextAsync("waiting for a person");
        await Screenshots.SaveAsync(page, "proposal");

        await card.Locator("button.run").ClickAsync();

        await Assertions.Expect(card.Locator(".outcome")).ToContainTextAsync($"Run by {name}", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".run", new() { HasText = "enrichment-only-triage" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        Assert.Equal(0, await card.Locator("form[data-plan]").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PlanCard_ProposalDismissedWithAReason_ShowsInEveryOpenRoomAndNothingRuns()
    {
        var incident = await Rooms.OpenProposalIncidentAsync(console, Rooms.NextIp());
        var viewer = await Rooms.NewUserAsync(console, "vera", "viewer");
        var watching = await SignIn.AsAsync(console, viewer.Name, viewer.Password);
        var admin = await SignIn.AsAdminAsync(console);
        foreach (var page in new[] { watching, admin })
        {
            await page.GotoAsync($"/incidents/{incident}");
            await SignIn.WaitForLiveAsync(page);
            await page.Locator(".plan-proposed").WaitForAsync(new() { Timeout = 30_000 });
        }

        // A viewer reads the proposal but gets no buttons.
        Assert.Equal(0, await watching.Locator("form[data-plan]").CountAsync());

        var card = admin.Locator(".plan-proposed");
        await card.Locator("input.reason").FillAsync("our own vulnerability scanner");
        await card.Locator("button.dismiss").ClickAsync();

        await Assertions.Expect(watching.Locator(".plan-proposed .outcome")).ToContainTextAsync("Dismissed by ada: our own vulnerability scanner", new() { Timeout = 30_000 });

        // Each room redraws on its own: wait for the admin's too before looking for a run (or a Run button) there.
        await Assertions.Expect(admin.Locator(".plan-proposed .outcome")).ToContainTextAsync("Dismissed by ada", new() { Timeout = 30_000 });
        Assert.Equal(0, await admin.Locator(".run").CountAsync());
        await watching.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }
}
