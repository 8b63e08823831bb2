using System.Text.Json.Nodes;
using AgentSoar.Cacao.OpenC2;
using AgentSoar.Cacao.Tests.TestSupport;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Cacao.Tests.OpenC2;

/// <summary>An openc2-http command whose OpenC2 action and target a catalog action declares becomes that action; any other stays as it is, with the reason.</summary>
public class OpenC2ImportTests
{
    private static readonly string StepId = Workflows.Id("action", 1);

    [Theory]
    [InlineData("language/commands/good/deny_file_hashes_sha256.json")]
    [InlineData("language/commands/good/deny_file_hashes_sha1.json")]
    [InlineData("language/commands/good/deny_file_hashes_md5.json")]
    [InlineData("language/commands/good/https_example_deny_file_hashes.json")]
    public void Import_DenyFileVectorWithOneHash_BecomesBlockHashWithThatHash(string vector)
    {
        var command = JsonNode.Parse(File.ReadAllText(OpenC2TestData.Vector(vector)))!;
        var hash = command["target"]!["file"]!["hashes"]!.AsObject().Single().Value!.GetValue<string>();

        var action = ImportOne(File.ReadAllBytes(OpenC2TestData.Vector(vector)));

        Assert.Equal(("simulation", "block_hash"), (action.Connector, action.Action));
        Assert.Equal(hash, Literal(action, "hash"));
        Assert.Equal("Send the OpenC2 command", action.Name);
    }

    [Theory]
    [InlineData("language/commands/good/deny_file_hashes_md5_sha1.json", "it would be simulation.block_hash, but the target gives 2 hashes (md5, sha1) and input 'hash' takes one")]
    [InlineData("language/commands/good/contain_device_deviceid.json", "it would be simulation.isolate_host, but the target's 'device_id' has no input of that name (the inputs are hostname)")]
    [InlineData("language/commands/good/allow_device_deviceid.json", "it would be simulation.release_host, but the target's 'device_id' has no input")]
    [InlineData("language/commands/good/deny_macaddr.json", "no connector action declares the OpenC2 command 'deny mac_addr'")]
    [InlineData("language/commands/good/allow_ipv4net.json", "no connector action declares the OpenC2 command 'allow ipv4_net'")]
    [InlineData("slpf/commands/good/slpf_example_deny_ipv6net.json", "no connector action declares the OpenC2 command 'deny ipv6_net' (actuator slpf)")]
    [InlineData("slpf/commands/good/slpf_example_deny_ipv4connection.json", "'deny ipv4_connection' (actuator slpf)")]
    public void Import_VectorTheCatalogCannotTake_KeepsTheCommandAndSaysWhy(string vector, string why)
    {
        var result = Conversions.Import(OpenC2TestData.Playbook(File.ReadAllBytes(OpenC2TestData.Vector(vector))), CacaoMode.Strict, openC2: OpenC2TestData.Catalog);

        var action = Assert.IsType<ActionStep>(Load(Conversions.Text(result)).Steps.Single());
        Assert.Equal(("cacao", "openc2_http"), (action.Connector, action.Action));
        var warning = Assert.Single(result.Problems, p => p.Message.Contains("openc2-http command", StringComparison.Ordinal));
        Assert.Contains(why, warning.Message, StringComparison.Ordinal);
        Assert.Equal($"/workflow/{StepId}/commands/0", warning.Location);
        Assert.Equal(StepId, warning.CacaoStep);
    }

    [Theory]
    [MemberData(nameof(OpenC2TestData.GoodCommands), MemberType = typeof(OpenC2TestData))]
    public void ImportThenExport_GoodVector_WritesTheSameOpenC2CommandBack(string vector)
    {
        var bytes = File.ReadAllBytes(OpenC2TestData.Vector(vector));

        var yaml = Conversions.Text(Conversions.Import(OpenC2TestData.Playbook(bytes), CacaoMode.Strict, openC2: OpenC2TestData.Catalog));
        var imported = Assert.IsType<ActionStep>(Load(yaml).Steps.Single());
        var cacao = (JsonObject)JsonNode.Parse(Conversions.Text(Conversions.Export(yaml, CacaoMode.Strict, openC2: OpenC2TestData.Catalog)))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(bytes), OpenC2TestData.Decoded(cacao)), $"{vector} changed on the way through {imported.Connector}.{imported.Action}");
    }

    [Fact]
    public void Import_GoodVectors_MapExactlyTheOnesTheCatalogDeclares()
    {
        var mapped = OpenC2TestData.GoodCommandPaths
            .Where(vector => ImportOne(File.ReadAllBytes(OpenC2TestData.Vector(vector))).Connector != "cacao")
            .Select(v => Path.GetFileName(v))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["deny_file_hashes_md5.json", "deny_file_hashes_sha1.json", "deny_file_hashes_sha256.json", "https_example_deny_file_hashes.json"], mapped);
    }

    [Theory]
    [InlineData("action_notarget.json")]
    [InlineData("action_notarget_id.json")]
    [InlineData("allow_ipv4net_badcidr.json")]
    [InlineData("allow_ipv4net_badip.json")]
    [InlineData("allow_ipv6net_wikipedia3.json")]
    [InlineData("args_empty.json")]
    [InlineData("deny_file_hashes_empty.json")]
    [InlineData("deny_file_hashes_sha512.json")]
    [InlineData("deny_uri_actuator_empty.json")]
    [InlineData("deny_uri_actuator_multiple.json")]
    [InlineData("empty.json")]
    [InlineData("empty_array.json")]
    [InlineData("empty_object.json")]
    [InlineData("number.json")]
    [InlineData("string.json")]
    [InlineData("openc2_response.json")]
    [InlineData("query_features_ext_args_all.json")]
    [InlineData("query_features_ext_args_nox-.json")]
    [InlineData("query_multiple_target_extensions.json")]
    [InlineData("query_multiple_targets.json")]
    [InlineData("target_multiple.json")]
    public void Import_BadVector_IsNeverMappedEvenWhenACatalogActionDeclaresItsPair(string vector)
    {
        var action = ImportOne(File.ReadAllBytes(OpenC2TestData.Vector($"language/commands/bad/{vector}")), Permissive);

        Assert.Equal(("cacao", "openc2_http"), (action.Connector, action.Action));
    }

    [Theory]
    [InlineData("allow_ipv4net.json", "fw.unblock_ip")]
    [InlineData("allow_ipv6net.json", "fw.unblock_ip6")]
    [InlineData("contain_device_deviceid.json", "edr.contain")]
    [InlineData("query_features_all.json", "agent.features")]
    [InlineData("deny_file_hashes_sha256.json", "simulation.block_hash")]
    public void Import_GoodVectorOfThePairsTheBadOnesBreak_IsMapped(string vector, string expected)
    {
        var action = ImportOne(File.ReadAllBytes(OpenC2TestData.Vector($"language/commands/good/{vector}")), Permissive);

        Assert.Equal(expected, $"{action.Connector}.{action.Action}");
    }

    [Fact]
    public void Import_DenyIpv4NetWithVariableDurationAndEmptyActuator_BecomesBlockIpWithEveryInput()
    {
        const string command = """
            { "action": "deny", "target": { "ipv4_net": "__verdict__:value" },
              "args": { "duration": 5400000, "response_requested": "complete" }, "actuator": { "slpf": {} } }
            """;

        var result = Conversions.Import(OpenC2TestData.Playbook(command), CacaoMode.Strict, openC2: OpenC2TestData.Catalog);

        var action = Assert.IsType<ActionStep>(Load(Conversions.Text(result)).Steps.Single());
        Assert.Equal("simulation.block_ip", $"{action.Connector}.{action.Action}");
        Assert.Equal("inputs.verdict", Assert.IsType<ExpressionTemplate>(action.With["ip"]).Expression.Text);
        Assert.Equal("1h30m", Literal(action, "duration"));
        Assert.Contains(result.Problems, p => p.Message.Contains($"agent '{Workflows.Id("http-api", 1)}' are left out", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_DeviceByHostname_BecomesIsolateHost()
    {
        var action = ImportOne("""{ "action": "contain", "target": { "device": { "hostname": "ws-042" } } }""");

        Assert.Equal("simulation.isolate_host", $"{action.Connector}.{action.Action}");
        Assert.Equal("ws-042", Literal(action, "hostname"));
    }

    [Theory]
    [InlineData("""{ "action": "deny", "target": { "ipv4_net": "203.0.113.7" }, "actuator": { "slpf": { "named_group": "perimeter" } } }""", "the actuator specifiers (named_group) choose a device")]
    [InlineData("""{ "action": "deny", "target": { "ipv4_net": "203.0.113.7" }, "args": { "start_time": 1534775460000 } }""", "the argument 'start_time' has no input to go to")]
    [InlineData("""{ "action": "deny", "target": { "ipv4_net": "203.0.113.0/24" } }""", "input 'ip' takes one IP address, and '203.0.113.0/24' is not one")]
    [InlineData("""{ "action": "deny", "target": { "ipv4_net": "203.0.113.7" }, "actuator": { "er": {} } }""", "no connector action declares the OpenC2 command 'deny ipv4_net' (actuator er)")]
    [InlineData("""{ "action": "stop", "target": { "process": { "pid": 4242 } } }""", "the target's 'pid' has no input of that name (the inputs are hostname, process)")]
    [InlineData("""{ "action": "set", "target": { "er:account": { "user": "jdoe" } } }""", "2 connector actions declare 'set er:account' (simulation.disable_account, simulation.enable_account)")]
    public void Import_CommandTheActionCannotTakeWhole_KeepsItAndSaysWhy(string command, string why)
    {
        var result = Conversions.Import(OpenC2TestData.Playbook(command), CacaoMode.Strict, openC2: OpenC2TestData.Catalog);

        var action = Assert.IsType<ActionStep>(Load(Conversions.Text(result)).Steps.Single());
        Assert.Equal("cacao.openc2_http", $"{action.Connector}.{action.Action}");
        Assert.Contains(result.Problems, p => p.Message.Contains(why, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_TwoConnectorsDeclareTheCommand_ThePreferredOneDecides()
    {
        var catalog = TwoFirewalls();
        const string command = """{ "action": "deny", "target": { "ipv4_net": "203.0.113.7" } }""";

        var undecided = ImportOne(command, catalog);
        var preferred = ImportOne(command, catalog with { PreferredConnector = "nft" });

        Assert.Equal("cacao.openc2_http", $"{undecided.Connector}.{undecided.Action}");
        Assert.Equal("nft.block_ip", $"{preferred.Connector}.{preferred.Action}");
    }

    [Fact]
    public void Import_NoCatalog_KeepsTheCommandAndSaysSo()
    {
        var result = Conversions.Import(OpenC2TestData.Playbook("""{ "action": "contain", "target": { "device": { "hostname": "ws-042" } } }"""), CacaoMode.Strict);

        Assert.Equal("cacao", Assert.IsType<ActionStep>(Load(Conversions.Text(result)).Steps.Single()).Connector);
        Assert.Contains(result.Problems, p => p.Message.Contains("no connector catalog was given", StringComparison.Ordinal));
    }

    internal static OpenC2Catalog TwoFirewalls() => new(
    [
        OpenC2TestData.Catalog.Find("simulation", "block_ip")!,
        OpenC2TestData.Catalog.Find("simulation", "block_ip")! with { Connector = "nft" },
    ]);

    /// <summary>A catalog declaring the pairs the bad vectors use, each with inputs that would take them, so only the checks keep them out.</summary>
    private static OpenC2Catalog Permissive { get; } = new(
    [
        OpenC2TestData.Action("fw", "unblock_ip", "allow", "ipv4_net", null, ("ip", """{ "type": "string", "anyOf": [ { "format": "ipv4" } ] }""", true)),
        OpenC2TestData.Action("fw", "unblock_ip6", "allow", "ipv6_net", null, ("ip", """{ "type": "string", "anyOf": [ { "format": "ipv6" } ] }""", true)),
        OpenC2TestData.Action("edr", "contain", "contain", "device", null, ("device_id", """{ "type": "string" }""", true)),
        OpenC2TestData.Action("proxy", "block_url", "deny", "uri", null, ("url", """{ "type": "string" }""", true)),
        OpenC2TestData.Action("agent", "features", "query", "features", null, ("features", """{ "type": "array" }""", true)),
        OpenC2TestData.Catalog.Find("simulation", "block_hash")!,
    ]);

    private static ActionStep ImportOne(string command, OpenC2Catalog? catalog = null) => ImportOne(System.Text.Encoding.UTF8.GetBytes(command), catalog);

    private static ActionStep ImportOne(byte[] command, OpenC2Catalog? catalog = null) =>
        Assert.IsType<ActionStep>(Load(Conversions.Text(Conversions.Import(OpenC2TestData.Playbook(command), CacaoMode.Strict, openC2: catalog ?? OpenC2TestData.Catalog))).Steps.Single());

    private static string Literal(ActionStep step, string input) => Assert.IsType<LiteralTemplate>(step.With[input]).Value!.GetValue<string>();

    private static Playbook Load(string yaml)
    {
        var loaded = PlaybookLoader.LoadText(yaml, "openc2.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.Playbook!;
    }
}
