using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgentSoar.Cacao.OpenC2;
using AgentSoar.Cacao.Tests.TestSupport;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cacao.Tests.OpenC2;

/// <summary>An action whose connector declares an OpenC2 equivalent is exported as that openc2-http command, when its inputs all have a place.</summary>
public partial class OpenC2ExportTests
{
    private const string Mapped = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: openc2-actions, name: OpenC2 actions }
        inputs:
          ip: { type: ip, required: true }
        steps:
          - id: look
            action: simulation.lookup_ip
            with: { ip: "${{ inputs.ip }}" }
          - id: block
            name: Block it
            action: simulation.block_ip
            with: { ip: "${{ inputs.ip }}", duration: 2h }
            approval: { approvers: 1 }
          - id: hash
            action: simulation.block_hash
            with: { hash: 5c2d6daaf85a710605678f8e7ef0b725b33303f3234197b9dc4b46196734a4f0 }
          - id: domain
            action: simulation.block_domain
            with: { domain: login-update.invalid }
          - id: isolate
            action: simulation.isolate_host
            with: { hostname: ws-042 }
          - id: release
            action: simulation.release_host
            with: { hostname: ws-042 }
        """;

    [Fact]
    public void Export_BlockIp_WritesTheOpenC2CommandBase64EncodedAndPassesTheSchemas()
    {
        const string yaml = """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: block, name: Block }
            steps:
              - id: block
                action: simulation.block_ip
                with: { ip: 203.0.113.7, duration: 2h }
            """;

        var cacao = Conversions.ExportJson(yaml, CacaoMode.Strict, OpenC2TestData.Catalog);

        var command = Assert.Single(OpenC2TestData.OpenC2Commands(cacao));
        Assert.Equal("POST /.well-known/openc2 HTTP/1.1", command["command"]!.GetValue<string>());
        Assert.Equal("application/openc2-cmd+json;version=1.0", command["headers"]!["Content-Type"]![0]!.GetValue<string>());
        var expected = JsonNode.Parse("""{ "action": "deny", "target": { "ipv4_net": "203.0.113.7" }, "args": { "duration": 7200000 }, "actuator": { "slpf": {} } }""");
        Assert.True(JsonNode.DeepEquals(expected, OpenC2TestData.Decoded(cacao)), OpenC2TestData.Decoded(cacao).ToJsonString());
    }

    [Fact]
    public void ExportThenImport_EveryActionWithAnOpenC2Equivalent_GivesBackTheSameActionAndInputs()
    {
        var before = Load(Mapped);

        var cacao = Conversions.ExportJson(Mapped, CacaoMode.Strict, OpenC2TestData.Catalog);
        var back = Load(Conversions.Text(Conversions.Import(cacao.ToJsonString(), CacaoMode.Strict, openC2: OpenC2TestData.Catalog)));

        Assert.Equal(6, OpenC2TestData.OpenC2Commands(cacao).Count());
        Assert.DoesNotContain((cacao["workflow"] as JsonObject)!, s => s.Value?["commands"]?[0]?["type"]?.GetValue<string>() == "http-api");
        foreach (var step in before.Steps.Cast<ActionStep>())
        {
            var restored = Assert.IsType<ActionStep>(back.FindStep(step.Id));
            Assert.Equal($"{step.Connector}.{step.Action}", $"{restored.Connector}.{restored.Action}");
            Assert.Equal(Inputs(step), Inputs(restored));
        }

        Assert.Equal("Block it", back.FindStep("block")!.Name);
        Assert.NotNull(((ActionStep)back.FindStep("block")!).Approval);
    }

    [Theory]
    [InlineData("simulation.kill_process", "{ hostname: ws-042, process: evil.exe }", "input 'hostname' has no place in the OpenC2 command")]
    [InlineData("simulation.disable_account", "{ user: jdoe }", "'er:account' is not a target of the OpenC2 1.0 language")]
    [InlineData("simulation.block_hash", "{ hash: \"${{ inputs.hash }}\" }", "input 'hash' is not a literal MD5, SHA-1 or SHA-256")]
    public void Export_ActionWhoseInputsHaveNoPlaceInOpenC2_WritesHttpApiAndSaysWhy(string action, string with, string why)
    {
        var yaml = $$"""
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: no-place, name: No place }
            inputs:
              hash: { type: string, required: true }
            steps:
              - id: act
                action: {{action}}
                with: {{with}}
            """;

        var result = Conversions.Export(yaml, CacaoMode.Strict, openC2: OpenC2TestData.Catalog);

        var cacao = (JsonObject)JsonNode.Parse(Conversions.Text(result))!;
        Assert.Empty(OpenC2TestData.OpenC2Commands(cacao));
        Assert.Contains((cacao["workflow"] as JsonObject)!, s => s.Value?["commands"]?[0]?["type"]?.GetValue<string>() == "http-api");
        var warning = Assert.Single(result.Problems, p => p.Message.Contains("written as an http-api command", StringComparison.Ordinal));
        Assert.Contains(why, warning.Message, StringComparison.Ordinal);
        Assert.NotNull(warning.CacaoStep);
    }

    [Fact]
    public void ExportThenImport_TwoConnectorsDeclaringTheSameCommand_EachComesBackAsItselfByItsAgent()
    {
        const string yaml = """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: two, name: Two firewalls }
            steps:
              - id: sim
                action: simulation.block_ip
                with: { ip: 203.0.113.7 }
              - id: nft
                action: nft.block_ip
                with: { ip: 203.0.113.8 }
            """;
        var catalog = OpenC2ImportTests.TwoFirewalls();

        var cacao = Conversions.ExportJson(yaml, CacaoMode.Strict, catalog);
        var back = Load(Conversions.Text(Conversions.Import(cacao.ToJsonString(), CacaoMode.Strict, openC2: catalog)));

        Assert.Equal(2, OpenC2TestData.OpenC2Commands(cacao).Count());
        Assert.Equal("simulation", ((ActionStep)back.FindStep("sim")!).Connector);
        Assert.Equal("nft", ((ActionStep)back.FindStep("nft")!).Connector);
    }

    [Fact]
    public void Export_VariableInTheOpenC2Command_WarnsThatItIsInsideTheBase64Content()
    {
        var result = Conversions.Export(Mapped, CacaoMode.Strict, openC2: OpenC2TestData.Catalog);

        Assert.Equal(2, result.Problems.Count(p => p.Message.Contains("__ip__:value inside content_b64", StringComparison.Ordinal)));
    }

    [Fact]
    public void OpenC2Targets_Table_AgreesWithTheOpenC2LanguageSchema()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.SharedTestData, "openc2", "schemas", "oc2ls-v1.0.1_gen.json"));
        var schema = JsonNode.Parse(LeadingComment().Replace(text, string.Empty))!;
        var definitions = schema["definitions"]!;

        var targets = schema["definitions"]!["Target"]!["properties"]!.AsObject();
        var shapes = targets.ToDictionary(
            t => t.Key,
            t => t.Value!["$ref"] is { } reference ? definitions[reference.GetValue<string>().Split('/')[^1]]! : t.Value!,
            StringComparer.Ordinal);

        Assert.Equal(OpenC2Targets.Text.Order(StringComparer.Ordinal), shapes.Where(s => s.Value["type"]!.GetValue<string>() == "string").Select(s => s.Key).Order(StringComparer.Ordinal));
        var objects = shapes.Where(s => s.Value["type"]!.GetValue<string>() == "object").ToList();
        Assert.Equal(OpenC2Targets.Objects.Keys.Order(StringComparer.Ordinal), objects.Select(o => o.Key).Order(StringComparer.Ordinal));
        foreach (var (name, shape) in objects)
        {
            Assert.Equal(OpenC2Targets.Objects[name], shape["properties"]!.AsObject().Select(p => p.Key));
        }

        Assert.Equal(OpenC2Targets.HashByLength.Values.Order(StringComparer.Ordinal), definitions["Hashes"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    private static Dictionary<string, string> Inputs(ActionStep step) =>
        step.With.ToDictionary(w => w.Key, w => w.Value switch
        {
            Playbooks.Templates.LiteralTemplate literal => literal.Value?.ToJsonString() ?? "null",
            Playbooks.Templates.ExpressionTemplate expression => $"${{{{ {expression.Expression.Text} }}}}",
            _ => w.Value.ToString()!,
        });

    private static Playbook Load(string yaml)
    {
        var loaded = PlaybookLoader.LoadText(yaml, "openc2.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.Playbook!;
    }

    [GeneratedRegex(@"^\s*/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex LeadingComment();
}
