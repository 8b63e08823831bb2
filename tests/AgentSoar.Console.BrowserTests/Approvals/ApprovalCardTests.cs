using System.Text.Json;
using System.Text.RegularExpressions;
using AgentSoar.Console.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace AgentSoar.Console.BrowserTests.Approvals;

/// <summary>Deciding gated actions from the incident room, as people would, in separate browser contexts.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ApprovalCardTests(ConsoleFixture console)
{

    [Fact]
    public async Task ApprovalCard_ApprovedByTwoPeopleClickingTogether_OneDecisionAndTheRunCompletes()
    {
        var incident = await Rooms.OpenIncidentAsync(console, Rooms.NextIp());
        var runId = await Rooms.RequestActionAsync(console, incident, $"block {Rooms.NextIp()} for 1h");
        var approval = await Rooms.PendingApprovalAsync(console, runId);
        var (name, password) = await Rooms.NewUserAsync(console, "resp", "responder");
        var admin = await SignIn.AsAdminAsync(console);
        var responder = await SignIn.AsAsync(console, name, password);

        var cards = new List<ILocator>();
        foreach (var page in new[] { admin, responder })
        {
            await page.GotoAsync($"/incidents/{incident}");
            await SignIn.WaitForLiveAsync(page);
            var card = Card(page, approval);
            await card.Locator("p.why").WaitForAsync();
            Assert.Contains("block_ip", await card.Locator("code.action").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("alice", await card.Locator("p.who").InnerTextAsync(), StringComparison.Ordinal);
            cards.Add(card);
        }

        await Screenshots.SaveAsync(admin, "approval");
        await Task.WhenAll(cards.Select(c => c.Locator("button.approve").ClickAsync()));

        var replies = await Task.WhenAll(cards.Select(async c =>
        {
            var reply = c.Locator("output.reply");
            await Assertions.Expect(reply).Not.ToBeEmptyAsync(new() { Timeout = 30_000 });
            return await reply.InnerTextAsync();
        }));
        Assert.Single(replies, r => r.StartsWith("Approved", StringComparison.Ordinal));
        var run = await Rooms.FinishedRunAsync(console, runId);
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        var step = Assert.Single(run.GetProperty("steps").EnumerateArray());
        Assert.Equal("succeeded", step.GetProperty("status").GetString());
        Assert.Equal(1, step.GetProperty("attempts").GetInt32());
        var decided = await Rooms.ApprovalAsync(console, approval.GetProperty("id").GetString()!);
        Assert.Equal("approved", decided.GetProperty("status").GetString());
        Assert.Single(decided.GetProperty("decisions").EnumerateArray());

        // Both rooms show the outcome without a reload: the card decided, the run done.
        foreach (var page in new[] { admin, responder })
        {
            await Assertions.Expect(Card(page, approval).Locator(".card-title strong")).ToContainTextAsync("approved", new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator(".run .status", new() { HasText = "succeeded" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        }

        await admin.Context.CloseAsync();
        await responder.Context.CloseAsync();
    }

    [Fact]
    public async Task ApprovalCard_RejectedWithAReason_StopsTheRun()
    {
        var incident = await Rooms.OpenIncidentAsync(console, Rooms.NextIp());
        var runId = await Rooms.RequestActionAsync(console, incident, $"block {Rooms.NextIp()} for 1h");
        var approval = await Rooms.PendingApprovalAsync(console, runId);
        var page = await SignIn.AsAdminAsync(console);

        // The list says which incidents wait for a decision, and how many wait for this person.
        using (var admin = console.Deployment.Client(IntegrationTests.Infrastructure.TestKeys.Admin))
        {
            // The planner's own block-malicious-ip run waits for approval on this incident too.
            var pending = (await admin.GetJsonAsync($"/api/v1/approvals?incident={incident}")).EnumerateArray().Count(a => a.GetProperty("status").GetString() == "pending");
            await Assertions.Expect(page.Locator($"tr[data-incident='{incident}'] .to-decide")).ToHaveTextAsync($"{pending} to decide", new() { Timeout = 30_000 });
        }

        await Assertions.Expect(page.Locator(".heading .waiting")).ToHaveTextAsync(new Regex("^[1-9][0-9]* waiting for you"));
        await page.GotoAsync($"/incidents/{incident}");
        await SignIn.WaitForLiveAsync(page);
        var card = Card(page, approval);

        // Without a reason nothing is sent.
        await card.Locator("button.reject").ClickAsync();
        await Assertions.Expect(card.Locator("output.reply")).ToContainTextAsync("Say why");
        Assert.Equal("pending", (await Rooms.ApprovalAsync(console, approval.GetProperty("id").GetString()!)).GetProperty("status").GetString());

        await card.Locator("input.reason").FillAsync("that address is our partner's gateway");
        await card.Locator("button.reject").ClickAsync();

        var run = await Rooms.FinishedRunAsync(console, runId);
        Assert.Equal("denied", run.GetProperty("status").GetString());
        var step = Assert.Single(run.GetProperty("steps").EnumerateArray());
        Assert.Equal("denied", step.GetProperty("status").GetString());
        Assert.Equal(0, step.GetProperty("attempts").GetInt32());
        await Assertions.Expect(card.Locator(".decision")).ToContainTextAsync("partner's gateway", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".run .status", new() { HasText = "denied" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ApprovalCard_Viewer_HasNoButtonsAndTheHubRefusesTheDecision()
    {
        var incident = await Rooms.OpenIncidentAsync(console, Rooms.NextIp());
        var runId = await Rooms.RequestActionAsync(console, incident, $"block {Rooms.NextIp()} for 1h");
        var approval = await Rooms.PendingApprovalAsync(console, runId);
        var (name, password) = await Rooms.NewUserAsync(console, "view", "viewer");
        var page = await SignIn.AsAsync(console, name, password);
        await page.GotoAsync($"/incidents/{incident}");
        await SignIn.WaitForLiveAsync(page);
        var card = Card(page, approval);

        await Assertions.Expect(card.Locator("p.cannot")).ToContainTextAsync("role");
        Assert.Equal(0, await card.Locator("form[data-decide]").CountAsync());
        Assert.Equal(0, await page.Locator("form[data-chat]").CountAsync());

        // The same call the button would make, sent by hand over the viewer's own hub connection.
        var error = await page.EvaluateAsync<string>(
            "([id, hash]) => window.agentsoar.invoke('Decide', id, true, hash, null, null).then(() => 'accepted', e => e.message)",
            new[] { approval.GetProperty("id").GetString(), approval.GetProperty("action_hash").GetString() });
        Assert.Contains("unauthorized", error, StringComparison.OrdinalIgnoreCase);
        var said = await page.EvaluateAsync<JsonElement>("([incident]) => window.agentsoar.invoke('Say', incident, '/approve 1')", new[] { incident });
        Assert.False(said.GetProperty("ok").GetBoolean());
        Assert.Equal("pending", (await Rooms.ApprovalAsync(console, approval.GetProperty("id").GetString()!)).GetProperty("status").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ApprovalCard_FourEyes_RunsOnceAfterBothApprove()
    {
        var incident = await Rooms.OpenIncidentAsync(console, Rooms.NextIp());
        var runId = await Rooms.RequestActionAsync(console, incident, $"isolate ws-{Random.Shared.Next(100, 999)}");
        var approval = await Rooms.PendingApprovalAsync(console, runId);
        Assert.Equal(2, approval.GetProperty("required_approvals").GetInt32());
        var first = await Rooms.NewUserAsync(console, "rone", "responder");
        var second = await Rooms.NewUserAsync(console, "rtwo", "responder");
        var one = await SignIn.AsAsync(console, first.Name, first.Password);
        var two = await SignIn.AsAsync(console, second.Name, second.Password);
        foreach (var page in new[] { one, two })
        {
            await page.GotoAsync($"/incidents/{incident}");
            await SignIn.WaitForLiveAsync(page);
        }

        await Card(one, approval).Locator("button.approve").ClickAsync();
        await Assertions.Expect(Card(one, approval).Locator("output.reply, p.cannot").First).ToContainTextAsync("another", new() { Timeout = 30_000 });

        // The first approval shows in the other room at once, and the action has not run.
        await Assertions.Expect(Card(two, approval).Locator(".progress")).ToContainTextAsync("1 of 2", new() { Timeout = 30_000 });
        await Assertions.Expect(Card(two, approval).Locator(".decision")).ToContainTextAsync(first.Name);
        using (var admin = console.Deployment.Client(IntegrationTests.Infrastructure.TestKeys.Admin))
        {
            var waiting = await admin.GetJsonAsync($"/api/v1/runs/{runId}");
            Assert.Equal(0, Assert.Single(waiting.GetProperty("steps").EnumerateArray()).GetProperty("attempts").GetInt32());
        }

        await Screenshots.SaveAsync(two, "four-eyes");
        await Card(two, approval).Locator("button.approve").ClickAsync();

        var run = await Rooms.FinishedRunAsync(console, runId);
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal(1, Assert.Single(run.GetProperty("steps").EnumerateArray()).GetProperty("attempts").GetInt32());
        var decided = await Rooms.ApprovalAsync(console, approval.GetProperty("id").GetString()!);
        Assert.Equal([first.Name, second.Name], decided.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("by").GetString()).Order());
        await one.Context.CloseAsync();
        await two.Context.CloseAsync();
    }

    [Fact]
    public async Task ApprovalCard_ActionOnACriticalAsset_ShowsTheAssetAndNeedsFourEyes()
    {
        var incident = await Rooms.OpenIncidentAsync(console, Rooms.NextIp());
        var target = $"192.0.2.{Random.Shared.Next(2, 250)}";
        var runId = await Rooms.RequestActionAsync(console, incident, $"block {target} for 1h");
        var approval = await Rooms.PendingApprovalAsync(console, runId);
        var page = await SignIn.AsAdminAsync(console);
        await page.GotoAsync($"/incidents/{incident}");
        var card = Card(page, approval);

        // block_ip is high risk (one approver); the target's criticality asks for two.
        Assert.Equal(2, approval.GetProperty("required_approvals").GetInt32());
        await Assertions.Expect(card.Locator("p.target")).ToContainTextAsync($"{target} — crown jewels (critical asset)");
        await Assertions.Expect(card.Locator("p.why")).ToContainTextAsync("critical asset");
        await Assertions.Expect(card.Locator("p.who")).ToContainTextAsync("Needs 2 distinct approvers");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ApprovalCard_ResponderDemotedWhileTheRoomIsOpen_TheHubRefusesTheDecision()
    {
        var incident = await Rooms.OpenIncidentAsync(console, Rooms.NextIp());
        var runId = await Rooms.RequestActionAsync(console, incident, $"block {Rooms.NextIp()} for 1h");
        var approval = await Rooms.PendingApprovalAsync(console, runId);
        var (name, password) = await Rooms.NewUserAsync(console, "demo", "responder");
        var page = await SignIn.AsAsync(console, name, password);
        await page.GotoAsync($"/incidents/{incident}");
        await SignIn.WaitForLiveAsync(page);
        await Card(page, approval).Locator("button.approve").WaitForAsync();

        using (var admin = console.Deployment.Client(IntegrationTests.Infrastructure.TestKeys.Admin))
        using (var demoted = await admin.PutAsync($"/api/v1/users/{name}/roles", new { roles = new[] { "viewer" } }))
        {
            Assert.True(demoted.IsSuccessStatusCode, await demoted.Content.ReadAsStringAsync());
        }

        // The page still shows the button it was drawn with; the connection opened as a responder must not count.
        var answer = await page.EvaluateAsync<string>(
            "([id, hash]) => window.agentsoar.invoke('Decide', id, true, hash, null, null).then(r => 'answered: ' + r.text, e => e.message)",
            new[] { approval.GetProperty("id").GetString(), approval.GetProperty("action_hash").GetString() });
        Assert.Contains("account changed", answer, StringComparison.Ordinal);
        Assert.Equal("pending", (await Rooms.ApprovalAsync(console, approval.GetProperty("id").GetString()!)).GetProperty("status").GetString());
        await page.Context.CloseAsync();
    }

    private static ILocator Card(IPage page, JsonElement approval) =>
        page.Locator($".approval[data-approval='{approval.GetProperty("id").GetString()}']");
}
