using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Cacao.OpenC2;

namespace AgentSoar.Cacao.Tests.TestSupport;

/// <summary>The shared OpenC2 test vectors, a catalog shaped like the first-party one, and CACAO playbooks around a command.</summary>
internal static class OpenC2TestData
{
    /// <summary>The input schemas the connector host announces (an address, a duration, plain text).</summary>
    private const string Address = """{ "type": "string", "anyOf": [ { "format": "ipv4" }, { "format": "ipv6" } ] }""";
    private const string Duration = """{ "type": ["string", "null"], "pattern": "^(\\d+(ms|d|h|m|s))+$|^P|^\\d+\\.?\\d*:\\d{2}:\\d{2}" }""";
    private const string Text = """{ "type": "string" }""";

    public static string Vectors { get; } = Path.Combine(RepositoryRoot.SharedTestData, "openc2", "plugfest-testdata");

    /// <summary>Connector actions with OpenC2 equivalents, as the first-party simulation connector declares them.</summary>
    public static OpenC2Catalog Catalog { get; } = new(
    [
        Action("simulation", "block_ip", "deny", "ipv4_net", "slpf", ("ip", Address, true), ("duration", Duration, false)),
        Action("simulation", "lookup_ip", "query", "ipv4_net", null, ("ip", Address, true)),
        Action("simulation", "block_hash", "deny", "file", null, ("hash", Text, true)),
        Action("simulation", "block_domain", "deny", "domain_name", null, ("domain", Text, true), ("duration", Duration, false)),
        Action("simulation", "isolate_host", "contain", "device", "er", ("hostname", Text, true)),
        Action("simulation", "release_host", "allow", "device", "er", ("hostname", Text, true)),
        Action("simulation", "kill_process", "stop", "process", "er", ("hostname", Text, true), ("process", Text, true)),
        Action("simulation", "disable_account", "set", "er:account", "er", ("user", Text, true)),
        Action("simulation", "enable_account", "set", "er:account", "er", ("user", Text, true)),
    ]);

    public static OpenC2CatalogAction Action(string connector, string action, string openC2Action, string target, string? profile, params (string Name, string Schema, bool Required)[] inputs)
    {
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject(inputs.Select(i => KeyValuePair.Create(i.Name, JsonNode.Parse(i.Schema)))),
            ["required"] = new JsonArray(inputs.Where(i => i.Required).Select(i => JsonValue.Create(i.Name)).ToArray()),
        };
        return new OpenC2CatalogAction(connector, action, openC2Action, target, profile, JsonSerializer.SerializeToElement(schema));
    }

    public static string Vector(string path) => Path.Combine(Vectors, path);

    /// <summary>Every command vector under <c>*/commands/good/</c>, as a path relative to the vector folder.</summary>
    public static IEnumerable<string> GoodCommandPaths =>
        Directory.EnumerateFiles(Vectors, "*.json", SearchOption.AllDirectories)
            .Where(f => f.Replace('\\', '/').Contains("/commands/good/", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Vectors, f))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> GoodCommands() => new(GoodCommandPaths);

    /// <summary>A CACAO playbook whose one action step sends <paramref name="content"/> (bytes as they are) as an openc2-http command to an HTTP agent.</summary>
    public static string Playbook(byte[] content, string agentName = "perimeter firewall")
    {
        var playbook = (JsonObject)JsonNode.Parse(Workflows.Playbook(
            Workflows.Id("action", 1),
            (Workflows.Id("action", 1), new JsonObject
            {
                ["type"] = "action",
                ["name"] = "Send the OpenC2 command",
                ["commands"] = new JsonArray(new JsonObject
                {
                    ["type"] = "openc2-http",
                    ["command"] = "POST /.well-known/openc2 HTTP/1.1",
                    ["content_b64"] = Convert.ToBase64String(content),
                }),
                ["agent"] = Workflows.Id("http-api", 1),
                ["on_completion"] = Workflows.Id("end", 1),
            }),
            (Workflows.Id("end", 1), Workflows.End())))!;
        playbook["agent_definitions"]![Workflows.Id("http-api", 1)] = new JsonObject
        {
            ["type"] = "http-api",
            ["name"] = agentName,
            ["address"] = new JsonObject { ["url"] = new JsonArray("https://firewall.example.com/openc2") },
        };
        return playbook.ToJsonString();
    }

    public static string Playbook(string openC2Json, string agentName = "perimeter firewall") => Playbook(Encoding.UTF8.GetBytes(openC2Json), agentName);

    /// <summary>The one openc2-http command's OpenC2 JSON in an exported CACAO playbook.</summary>
    public static JsonObject Decoded(JsonObject cacao) =>
        (JsonObject)JsonNode.Parse(Convert.FromBase64String(OpenC2Commands(cacao).Single()["content_b64"]!.GetValue<string>()))!;

    public static IEnumerable<JsonObject> OpenC2Commands(JsonObject cacao) =>
        (cacao["workflow"] as JsonObject ?? []).Select(s => s.Value?["commands"] as JsonArray ?? []).SelectMany(c => c).OfType<JsonObject>()
            .Where(c => c["type"]?.GetValue<string>() == "openc2-http");
}
