using AgentSoar.Console.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace AgentSoar.Console.BrowserTests.Pages;

/// <summary>The playbook and connector pages show what the all-in-one service ships.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CatalogPagesTests(ConsoleFixture console)
{
    [Fact]
    public async Task Playbooks_ShippedPlaybook_ListedValidAndItsPageShowsTheYamlAndValid()
    {
        var page = await SignIn.AsAdminAsync(console);

        await page.GotoAsync("/playbooks");
        var row = page.Locator("tr[data-playbook='block-malicious-ip']");
        Assert.Equal("valid", (await row.Locator(".validity").InnerTextAsync()).Trim());
        Assert.Contains("high", await row.Locator(".risk").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "playbooks");

        await row.Locator("a", new() { HasText = "Block a malicious external IP" }).ClickAsync();
        await page.WaitForURLAsync("**/playbooks/block-malicious-ip", SignIn.CommitOnly);
        Assert.Contains("id: block-malicious-ip", await page.Locator("ol.yaml").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("valid", (await page.Locator(".heading .validity").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator(".problems li").CountAsync());
        Assert.Contains("(in service)", await page.Locator("table", new() { HasText = "Hash" }).InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "playbook");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await Screenshots.SaveAsync(page, "playbook-dark");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Playbook_NotInService_SaysSo()
    {
        var page = await SignIn.AsAdminAsync(console);

        await page.GotoAsync("/playbooks/no-such-playbook");

        Assert.Equal("No such playbook in service", await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Connectors_ShippedSimulationConnector_ListsBlockIpWithItsRiskUndoAndOpenC2()
    {
        var page = await SignIn.AsAdminAsync(console);

        await page.GotoAsync("/connectors");

        var block = page.Locator("article[data-connector='simulation'] tr[data-action='block_ip']");
        Assert.Equal("high", (await block.Locator(".risk").InnerTextAsync()).Trim());
        var text = await block.InnerTextAsync();
        Assert.Contains("simulation.unblock_ip", text, StringComparison.Ordinal);
        Assert.Contains("deny ipv4_net (slpf)", text, StringComparison.Ordinal);
        await block.Locator("details summary").ClickAsync();
        Assert.Contains("\"ip\"", await block.Locator("details pre").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "connectors");
        await page.Context.CloseAsync();
    }
}
