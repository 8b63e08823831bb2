using System.Text.Json.Nodes;
using AgentSoar.Cacao.Tests.TestSupport;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Cacao.Tests.RoundTrip;

/// <summary>Every shared CACAO example, imported and exported again, keeps every step, branch and command.</summary>
public class ExampleRoundTripTests
{
    [Theory]
    [MemberData(nameof(CacaoTestData.ExampleNames), MemberType = typeof(CacaoTestData))]
    public void ImportThenExport_Example_KeepsStepsPerTypeBranchesAndCommands(string name)
    {
        var original = (JsonObject)JsonNode.Parse(CacaoTestData.Example(name))!;

        var exported = Conversions.ExportJson(Conversions.ImportText(CacaoTestData.Example(name)));

        var before = WorkflowCounts.Of(original);
        var after = WorkflowCounts.Of(exported);
        Assert.True(before.Commands > 0 || before.StepsByType.ContainsKey("action"), "an example with nothing to compare proves nothing");
        Assert.Equal(before.Describe(), after.Describe());
    }

    [Theory]
    [MemberData(nameof(CacaoTestData.ExampleNames), MemberType = typeof(CacaoTestData))]
    public void ImportThenExport_Example_RestoresEveryCommandUnderItsStepId(string name)
    {
        var original = (JsonObject)JsonNode.Parse(CacaoTestData.Example(name))!;

        var exported = Conversions.ExportJson(Conversions.ImportText(CacaoTestData.Example(name)));

        var after = WorkflowCounts.CommandsById(exported);
        foreach (var (id, commands) in WorkflowCounts.CommandsById(original))
        {
            Assert.True(after.TryGetValue(id, out var restored), $"step {id} is missing after the round trip");
            Assert.True(JsonNode.DeepEquals(commands, restored), $"the commands of {id} changed:\n{commands.ToJsonString()}\n{restored.ToJsonString()}");
        }
    }

    [Theory]
    [MemberData(nameof(CacaoTestData.ExampleNames), MemberType = typeof(CacaoTestData))]
    public void Import_Example_GivesAPlaybookTheLoaderAccepts(string name)
    {
        var yaml = Conversions.ImportText(CacaoTestData.Example(name));

        var loaded = PlaybookLoader.LoadText(yaml, "imported.yaml");

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.NotEmpty(loaded.Playbook!.Steps);
    }

    [Theory]
    [MemberData(nameof(CacaoTestData.ExampleNames), MemberType = typeof(CacaoTestData))]
    public void ImportThenExport_Example_KeepsAgentAndTargetDefinitionsThatWereUsed(string name)
    {
        var original = (JsonObject)JsonNode.Parse(CacaoTestData.Example(name))!;

        var exported = Conversions.ExportJson(Conversions.ImportText(CacaoTestData.Example(name)));

        foreach (var step in (original["workflow"] as JsonObject)!.Select(p => p.Value as JsonObject).OfType<JsonObject>())
        {
            if (step["agent"]?.GetValue<string>() is { } agent && original["agent_definitions"]?[agent] is { } definition)
            {
                Assert.True(JsonNode.DeepEquals(definition, exported["agent_definitions"]?[agent]), $"agent {agent} changed");
            }
        }
    }
}
