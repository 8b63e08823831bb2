using System.Text.Json.Nodes;

namespace AgentSoar.Cacao.Tests.TestSupport;

/// <summary>Builds small CACAO playbooks in code, one workflow shape per test. Ids are valid CACAO identifiers.</summary>
internal static class Workflows
{
    public static string Id(string type, int n) => $"{type}--00000000-0000-4000-8000-{n:D12}";

    public static JsonObject Action(int n, string? next, string command = "echo hi") => new()
    {
        ["type"] = "action",
        ["commands"] = new JsonArray(new JsonObject { ["type"] = "bash", ["command"] = command }),
        ["agent"] = Id("linux", 1),
        ["on_completion"] = next,
    };

    public static JsonObject End() => new() { ["type"] = "end" };

    /// <summary>A playbook whose start step leads to <paramref name="first"/>, holding the given steps.</summary>
    public static string Playbook(string first, params (string Id, JsonObject Step)[] steps)
    {
        var workflow = new JsonObject { [Id("start", 0)] = new JsonObject { ["type"] = "start", ["on_completion"] = first } };
        foreach (var (id, step) in steps)
        {
            workflow[id] = step;
        }

        return new JsonObject
        {
            ["type"] = "playbook",
            ["spec_version"] = "cacao-2.0",
            ["id"] = Id("playbook", 1),
            ["name"] = "Test",
            ["created_by"] = Id("identity", 1),
            ["created"] = "2024-01-01T00:00:00.000Z",
            ["modified"] = "2024-01-01T00:00:00.000Z",
            ["playbook_variables"] = new JsonObject { ["__verdict__"] = new JsonObject { ["type"] = "string", ["value"] = "malicious" } },
            ["workflow_start"] = Id("start", 0),
            ["workflow"] = workflow,
            ["agent_definitions"] = new JsonObject { [Id("linux", 1)] = new JsonObject { ["type"] = "linux", ["name"] = "box", ["address"] = new JsonObject { ["dname"] = new JsonArray("box") } } },
        }.ToJsonString();
    }
}
