using System.Text.Json.Nodes;
using AgentSoar.Cacao.Problems;
using AgentSoar.Cacao.Tests.TestSupport;

namespace AgentSoar.Cacao.Tests.Problems;

/// <summary>Each problem names the CACAO step it is about, on import (read from its pointer) and on export (the step written).</summary>
public class ProblemStepTests
{
    [Theory]
    [InlineData("/workflow/action--1/commands/0/type", "action--1")]
    [InlineData("/workflow/odd~1id~0x", "odd/id~x")]
    [InlineData("/workflow", null)]
    [InlineData("/playbook_variables/__ip__", null)]
    [InlineData("3:7", null)]
    public void StepIn_Location_GivesTheWorkflowStepItPointsInto(string location, string? expected)
    {
        Assert.Equal(expected, CacaoProblem.StepIn(location));
    }

    [Fact]
    public void Import_ProblemInAStep_NamesThatStep()
    {
        var id = Workflows.Id("action", 1);
        var json = Workflows.Playbook(id, (id, Workflows.Action(1, Workflows.Id("end", 1), "echo __nobody__:value")), (Workflows.Id("end", 1), Workflows.End()));

        var result = Conversions.Import(json);

        var warning = Assert.Single(result.Problems, p => p.Message.Contains("__nobody__", StringComparison.Ordinal));
        Assert.Equal(id, warning.CacaoStep);
    }

    [Fact]
    public void Export_ProblemInAStep_NamesTheCacaoStepItWasWrittenAs()
    {
        const string yaml = """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: loops, name: Loops }
            inputs:
              hosts: { type: list, default: [] }
            steps:
              - id: each
                foreach: "${{ inputs.hosts }}"
                do:
                  - id: note
                    action: simulation.comment
                    with: { text: "${{ loop.item }}" }
            """;

        var result = Conversions.Export(yaml);

        var cacao = (JsonObject)JsonNode.Parse(Conversions.Text(result))!;
        var loop = Assert.Single(result.Problems, p => p.Message.Contains("loops over a list", StringComparison.Ordinal));
        Assert.Equal("while-condition", cacao["workflow"]![loop.CacaoStep!]!["type"]!.GetValue<string>());
        var item = Assert.Single(result.Problems, p => p.Message.Contains("loop.item", StringComparison.Ordinal));
        Assert.Equal("action", cacao["workflow"]![item.CacaoStep!]!["type"]!.GetValue<string>());
        Assert.NotEqual(loop.CacaoStep, item.CacaoStep);
    }

    [Fact]
    public void Export_ProblemInASetRidingOnTheNextStep_NamesThatStep()
    {
        const string yaml = """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: ride, name: Ride }
            steps:
              - id: remember
                set: { who: "${{ alert.actor.user.name }}" }
              - id: note
                action: simulation.comment
                with: { text: hi }
            """;

        var result = Conversions.Export(yaml);

        var cacao = (JsonObject)JsonNode.Parse(Conversions.Text(result))!;
        var warning = Assert.Single(result.Problems, p => p.Message.Contains("alert.actor", StringComparison.Ordinal));
        Assert.Equal("5:5", warning.Location);
        Assert.NotNull(cacao["workflow"]![warning.CacaoStep!]!["step_variables"]);
    }
}
