using System.Text.Json;
using AgentSoar.Console.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace AgentSoar.Console.BrowserTests.Room;

/// <summary>The incident room's chat box and keyboard, driven as an analyst would.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ChatBoxTests(ConsoleFixture console)
{

    [Fact]
    public async Task ChatBox_Commands_AreCarriedOutAndAnsweredInTheRoom()
    {
        var incident = await Rooms.OpenIncidentAsync(console, Rooms.NextIp());
        var page = await OpenRoomAsync(await SignIn.AsAdminAsync(console), incident);

        Assert.Contains("/assign me", await Options(page), StringComparer.Ordinal);
        await SayAsync(page, "/assign me");
        await Assertions.Expect(page.Locator(".heading .assignee")).ToHaveTextAsync($"assigned to {ConsoleDeployment.AdminUser}", new() { Timeout = 30_000 });

        await SayAsync(page, "/help");
        await Assertions.Expect(page.Locator("form[data-chat] output")).ToContainTextAsync("/approve N");

        await SayAsync(page, "/nuke everything");
        await Assertions.Expect(page.Locator("form[data-chat] output.error")).ToContainTextAsync("unknown command '/nuke'");

        // A question: kept as the analyst's message, answered by the planner in the room for everyone.
        await SayAsync(page, "why");
        await Assertions.Expect(page.Locator(".entry-comment .card:not(.from-planner)", new() { HasText = "why" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".entry-comment .from-planner")).ToContainTextAsync("block-malicious-ip", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("form[data-chat] input")).ToHaveValueAsync(string.Empty);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ChatBox_PlainLanguageRequest_BecomesAProposalAnotherPersonApprovesWithTheKeyboard()
    {
        var incident = await Rooms.OpenIncidentAsync(console, Rooms.NextIp());
        var target = Rooms.NextIp();
        var admin = await OpenRoomAsync(await SignIn.AsAdminAsync(console), incident);

        await SayAsync(admin, $"block {target} for 1d");

        var card = admin.Locator(".approval", new() { HasText = target });
        await Assertions.Expect(card.Locator("p.cannot")).ToContainTextAsync("You proposed", new() { Timeout = 30_000 });
        await Assertions.Expect(admin.Locator(".entry-comment .from-planner", new() { HasText = "Started as run" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        var (name, password) = await Rooms.NewUserAsync(console, "keys", "responder");
        var responder = await OpenRoomAsync(await SignIn.AsAsync(console, name, password), incident);
        var theirs = responder.Locator(".approval", new() { HasText = target });
        await theirs.Locator("button.approve").WaitForAsync();

        // The first pending card of this room is the planner's block (#1); approve it by keyboard: a, then a again.
        var first = responder.Locator("form[data-decide]").First;
        var firstId = await first.GetAttributeAsync("data-decide");
        await responder.Keyboard.PressAsync("a");
        await Assertions.Expect(first.Locator("output")).ToContainTextAsync("Press a again");
        await responder.Keyboard.PressAsync("a");
        await Assertions.Expect(responder.Locator($".approval[data-approval='{firstId}'] .card-title strong")).ToContainTextAsync("approved", new() { Timeout = 30_000 });

        // Then the analyst's request, by its number in the room.
        var number = await theirs.GetAttributeAsync("data-number");
        await SayAsync(responder, $"/approve {number} checked with the network team");
        await Assertions.Expect(theirs.Locator(".card-title strong")).ToContainTextAsync("approved", new() { Timeout = 30_000 });
        await Assertions.Expect(theirs.Locator(".decision")).ToContainTextAsync("checked with the network team");
        await Assertions.Expect(admin.Locator(".run", new() { HasText = "chat-action" }).Locator(".status").First).ToHaveTextAsync("succeeded", new() { Timeout = 30_000 });
        await admin.Context.CloseAsync();
        await responder.Context.CloseAsync();
    }

    [Fact]
    public async Task Room_KeyN_OpensTheNextOpenIncident()
    {
        // Two open incidents at least, so there is a next one.
        var first = await Rooms.OpenIncidentAsync(console, Rooms.NextIp());
        await Rooms.OpenIncidentAsync(console, Rooms.NextIp());
        var page = await OpenRoomAsync(await SignIn.AsAdminAsync(console), first);

        await page.Keyboard.PressAsync("n");

        await page.WaitForURLAsync(url => url.Contains("/incidents/", StringComparison.Ordinal) && !url.Contains(first, StringComparison.Ordinal) && !url.EndsWith("/next", StringComparison.Ordinal), SignIn.CommitOnly);
        Assert.Matches("/incidents/[0-9a-f-]{36}$", page.Url);
        await page.Context.CloseAsync();
    }

    private static async Task<IPage> OpenRoomAsync(IPage page, string incident)
    {
        await page.GotoAsync($"/incidents/{incident}");
        await SignIn.WaitForLiveAsync(page);
        return page;
    }

    private static async Task SayAsync(IPage page, string text)
    {
        var input = page.Locator("form[data-chat] input");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    private static async Task<IReadOnlyList<string>> Options(IPage page)
    {
        var values = await page.Locator("#room-commands option").EvaluateAllAsync<JsonElement>("options => options.map(o => o.value)");
        return values.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
