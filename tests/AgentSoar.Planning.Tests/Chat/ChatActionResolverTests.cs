using System.Text.Json;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Connectors;
using AgentSoar.Planning.Chat;

namespace AgentSoar.Planning.Tests.Chat;

public sealed class ChatActionResolverTests
{
    [Fact]
    public void Resolve_Block_PrefersAConnectorActingForRealAndFillsValueAndDuration()
    {
        var connectors = new[]
        {
            Connector("simulation", simulated: true, Action("block_ip", "deny", "ipv4_net", RiskLevel.High, ["ip", "duration"], ["ip"])),
            Connector("nftables", simulated: false, Action("block_ip", "deny", "ipv4_net", RiskLevel.High, ["address", "expires_in"], ["address"])),
        };

        var (proposal, problem) = ChatActionResolver.Resolve(Block("203.0.113.9", TimeSpan.FromDays(1)), connectors);

        Assert.Null(problem);
        Assert.Equal(("nftables", "block_ip", false), (proposal!.Connector, proposal.Action, proposal.Simulated));
        Assert.Equal("""{"address":"203.0.113.9","expires_in":"24h"}""", proposal.Inputs.ToJsonString());
        Assert.Equal(RiskLevel.High, proposal.Risk);
    }

    [Fact]
    public void Resolve_DisableAmongActionsSharingOpenC2Set_TakesTheOneNamedForTheVerb()
    {
        var connectors = new[]
        {
            Connector("ldap", simulated: false,
                Action("enable_account", "set", "er:account", RiskLevel.Medium, ["user"], ["user"]),
                Action("disable_account", "set", "er:account", RiskLevel.High, ["user"], ["user"]),
                Action("add_to_group", "set", "er:account", RiskLevel.Medium, ["user", "group"], ["user", "group"])),
        };

        var (proposal, _) = ChatActionResolver.Resolve(new ChatAction("disable", "set", "user", "jdoe", null), connectors);

        Assert.Equal("disable_account", proposal!.Action);
    }

    [Fact]
    public void Resolve_NoConnectorDeclaresIt_SaysWhichOpenC2CommandIsMissing()
    {
        var (proposal, problem) = ChatActionResolver.Resolve(new ChatAction("unblock", "allow", "ip", "203.0.113.9", null), []);

        Assert.Null(proposal);
        Assert.Contains("OpenC2 allow ipv4_net", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_AnActionNeedingMoreThanChatGives_IsRefusedWithWhatIsMissing()
    {
        var connectors = new[] { Connector("fw", simulated: false, Action("block_ip", "deny", "ipv4_net", RiskLevel.High, ["ip", "zone"], ["ip", "zone"])) };

        var (proposal, problem) = ChatActionResolver.Resolve(Block("203.0.113.9", null), connectors);

        Assert.Null(proposal);
        Assert.Contains("also needs zone", problem, StringComparison.Ordinal);
    }

    private static ChatAction Block(string ip, TimeSpan? duration) => new("block", "deny", "ip", ip, duration);

    private static ConnectorInfo Connector(string name, bool simulated, params ActionInfo[] actions) => new(name, "1.0.0", name, simulated, actions);

    private static ActionInfo Action(string name, string openC2, string target, RiskLevel risk, string[] fields, string[] required)
    {
        var schema = JsonSerializer.SerializeToElement(new
        {
            type = "object",
            properties = fields.ToDictionary(f => f, _ => new { type = "string" }),
            required,
        });
        return new ActionInfo(name, name, risk, Mutating: true, Idempotent: true, null, schema, JsonSerializer.SerializeToElement(new { type = "object" }))
        {
            OpenC2 = new OpenC2Info(openC2, target, null),
        };
    }
}
