using System.Text.Json.Nodes;
using AgentSoar.Cli.Cacao;
using AgentSoar.Cli.Connectors;
using AgentSoar.Cli.Tests.TestSupport;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cli.Tests.Cacao;

/// <summary><c>agentsoar cacao</c> with the first-party connector catalog: OpenC2 commands become the connector actions that declare them, and back.</summary>
public sealed class CacaoOpenC2Tests : IDisposable
{
    private static readonly string Schemas = Path.Combine(RepositoryRoot.SharedTestData, "cacao", "schemas");
    private static readonly string Vectors = Path.Combine(RepositoryRoot.SharedTestData, "openc2", "plugfest-testdata", "language", "commands", "good");
    private static readonly string Shipped = Path.Combine(RepositoryRoot.Path, "playbooks", "block-malicious-ip.yaml");
    private readonly TempFolder _temp = new();

    [Fact]
    public void OpenC2_FirstPartyCatalog_HasTheActionsThatDeclareAnEquivalentWithTheirSchemas()
    {
        var catalog = CacaoConnectors.OpenC2(FirstPartyConnectors.LoadCatalog(), preferredConnector: null);

        var block = Assert.Single(catalog.Actions, a => a.FullName == "simulation.block_ip");
        Assert.Equal(("deny", "ipv4_net", "slpf"), (block.OpenC2Action, block.OpenC2Target, block.OpenC2Profile));
        Assert.Equal("ip", block.InputSchema.GetProperty("required")[0].GetString());
        Assert.DoesNotContain(catalog.Actions, a => a.FullName == "simulation.comment");
    }

    [Fact]
    public void Import_DenyFileHashVector_BecomesTheFirstPartyBlockHash()
    {
        var file = Wrap(File.ReadAllBytes(Path.Combine(Vectors, "deny_file_hashes_sha256.json")));
        var output = Path.Combine(_temp.Path, "hash.yaml");

        var result = CliRun.Invoke("cacao", "import", file, "-o", output, "--schemas", Schemas, "--prefer-connector", "simulation");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var action = Assert.IsType<ActionStep>(PlaybookLoader.LoadFile(output).Playbook!.Steps.Single());
        Assert.Equal("simulation.block_hash", $"{action.Connector}.{action.Action}");
        Assert.Equal("5c2d6daaf85a710605678f8e7ef0b725b33303f3234197b9dc4b46196734a4f0", Assert.IsType<AgentSoar.Playbooks.Templates.LiteralTemplate>(action.With["hash"]).Value!.GetValue<string>());
    }

    [Fact]
    public void Import_ContainDeviceByIdVector_KeepsTheCommandAndReportsWhyWithTheStep()
    {
        var file = Wrap(File.ReadAllBytes(Path.Combine(Vectors, "contain_device_deviceid.json")));
        var report = Path.Combine(_temp.Path, "report.json");

        var result = CliRun.Invoke("cacao", "import", file, "--schemas", Schemas, "--prefer-connector", "simulation", "--report", report);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("action: cacao.openc2_http", result.Output, StringComparison.Ordinal);
        var problem = Assert.Single(JsonNode.Parse(File.ReadAllText(report))!["problems"]!.AsArray(), p => p!["message"]!.GetValue<string>().Contains("openc2-http", StringComparison.Ordinal))!;
        Assert.Contains("simulation.isolate_host", problem["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("'device_id' has no input", problem["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("action--00000000-0000-4000-8000-000000000001", problem["cacao_step"]!.GetValue<string>());
    }

    [Fact]
    public void ExportThenImport_ShippedPlaybook_WritesOpenC2AndGivesBackTheSameActions()
    {
        var cacao = Path.Combine(_temp.Path, "block.json");
        var back = Path.Combine(_temp.Path, "back.yaml");

        var exported = CliRun.Invoke("cacao", "export", Shipped, "-o", cacao, "--schemas", Schemas);
        var imported = CliRun.Invoke("cacao", "import", cacao, "-o", back, "--schemas", Schemas);

        Assert.True(exported.ExitCode == ExitCodes.Success && imported.ExitCode == ExitCodes.Success, exported.Error + imported.Error);
        var types = JsonNode.Parse(File.ReadAllText(cacao))!["workflow"]!.AsObject().SelectMany(s => s.Value!["commands"]?.AsArray() ?? []).Select(c => c!["type"]!.GetValue<string>()).ToList();
        Assert.Equal(2, types.Count(t => t == "openc2-http"));
        Assert.Equal(Actions(Shipped), Actions(back));
    }

    [Fact]
    public void Export_NoCatalog_WritesEveryActionAsHttpApi()
    {
        var cacao = Path.Combine(_temp.Path, "block.json");

        var result = CliRun.Invoke("cacao", "export", Shipped, "-o", cacao, "--tolerant", "--no-catalog");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var types = JsonNode.Parse(File.ReadAllText(cacao))!["workflow"]!.AsObject().SelectMany(s => s.Value!["commands"]?.AsArray() ?? []).Select(c => c!["type"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain("openc2-http", types);
        Assert.Contains("http-api", types);
    }

    [Fact]
    public void Import_PreferredConnectorUnknown_IsAUsageErrorNamingTheConnectors()
    {
        var file = Wrap(File.ReadAllBytes(Path.Combine(Vectors, "deny_file_hashes_sha256.json")));

        var result = CliRun.Invoke("cacao", "import", file, "--tolerant", "--prefer-connector", "nope");

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("'nope'", result.Error, StringComparison.Ordinal);
        Assert.Contains("simulation", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static List<string> Actions(string playbook) =>
        StepTree.Flatten(PlaybookLoader.LoadFile(playbook).Playbook!.Steps).OfType<ActionStep>().Select(a => $"{a.Id}={a.Connector}.{a.Action}").ToList();

    /// <summary>A CACAO playbook sending <paramref name="command"/> (as it is) as its one openc2-http command.</summary>
    private string Wrap(byte[] command)
    {
        var path = Path.Combine(_temp.Path, "openc2.json");
        File.WriteAllText(path, $$"""
            {
              "type": "playbook", "spec_version": "cacao-2.0", "id": "playbook--00000000-0000-4000-8000-000000000001", "name": "OpenC2",
              "created_by": "identity--00000000-0000-4000-8000-000000000001", "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z",
              "workflow_start": "start--00000000-0000-4000-8000-000000000001",
              "workflow": {
                "start--00000000-0000-4000-8000-000000000001": { "type": "start", "on_completion": "action--00000000-0000-4000-8000-000000000001" },
                "action--00000000-0000-4000-8000-000000000001": {
                  "type": "action", "name": "Send it",
                  "commands": [ { "type": "openc2-http", "command": "POST /.well-known/openc2 HTTP/1.1", "content_b64": "{{Convert.ToBase64String(command)}}" } ],
                  "agent": "http-api--00000000-0000-4000-8000-000000000001",
                  "on_completion": "end--00000000-0000-4000-8000-000000000001"
                },
                "end--00000000-0000-4000-8000-000000000001": { "type": "end" }
              },
              "agent_definitions": {
                "http-api--00000000-0000-4000-8000-000000000001": { "type": "http-api", "name": "firewall", "address": { "url": [ "https://firewall.example.com/openc2" ] } }
              }
            }
            """);
        return path;
    }
}
