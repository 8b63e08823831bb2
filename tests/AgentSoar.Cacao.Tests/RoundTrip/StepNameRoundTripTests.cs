using System.Text.Json.Nodes;
using AgentSoar.Cacao.Tests.TestSupport;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cacao.Tests.RoundTrip;

/// <summary>Every step's name and description survive export and import, whatever its kind.</summary>
public class StepNameRoundTripTests
{
    private const string NamedKinds = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata:
          id: named-steps
          name: Named steps
        inputs:
          ip: { type: ip, required: true }
          hosts: { type: list, default: [] }
        steps:
          - id: enrich
            name: Look the address up
            description: Reputation first, so the analyst sees it.
            action: simulation.lookup_ip
            with: { ip: "${{ inputs.ip }}" }
          - id: remember
            name: Remember the target
            description: Later steps read vars.target.
            set: { target: "${{ inputs.ip }}" }
          - id: pause
            name: Give the feed a moment
            description: Five minutes for the feed to catch up.
            wait: { for: 5m }
          - id: ask
            name: Ask the responder
            description: A person decides before anything is blocked.
            approval: { question: "Block ${{ vars.target }}?", answer: yes_no, role: responder }
          - id: verdict
            name: Did they say yes
            description: Only a yes blocks.
            if: "${{ steps.ask.output.answer == 'yes' }}"
            then:
              - id: block
                name: Block the address
                description: At the perimeter firewall.
                action: simulation.block_ip
                with: { ip: "${{ vars.target }}" }
                on_failure:
                  steps:
                    - id: tell
                      name: Say the block failed
                      description: A comment on the case.
                      action: simulation.comment
                      with: { text: "block failed" }
                  then: continue
          - id: route
            name: By verdict
            description: Malicious and the rest part here.
            switch: "${{ steps.enrich.output.verdict }}"
            cases:
              malicious: [ { id: note_bad, name: Note bad, description: Bad one., action: simulation.comment, with: { text: bad } } ]
            default: [ { id: note_other, name: Note other, description: Other one., action: simulation.comment, with: { text: other } } ]
          - id: both
            name: Both at once
            description: Two comments side by side.
            parallel:
              branches:
                a: [ { id: left, name: Left, description: Left side., action: simulation.comment, with: { text: a } } ]
                b: [ { id: right, name: Right, description: Right side., action: simulation.comment, with: { text: b } } ]
          - id: each
            name: Every host
            description: One comment per host.
            foreach: "${{ inputs.hosts }}"
            do:
              - id: per_host
                name: Note the host
                description: Names it.
                action: simulation.comment
                with: { text: "${{ loop.item }}" }
          - id: again
            name: Until it calms down
            description: Rescans while the score is high.
            while: "${{ steps.enrich.output.score > 100 }}"
            max_iterations: 3
            do:
              - id: rescan
                name: Rescan
                description: Once more.
                action: simulation.comment
                with: { text: again }
          - id: sub
            name: Hand over
            description: The block playbook does the rest.
            playbook: block-malicious-ip
            with: { ip: "${{ inputs.ip }}" }
          - id: guarded
            name: Only with an address
            description: Skipped without one.
            action: simulation.comment
            if: "${{ inputs.ip != null }}"
            with: { text: guarded }
        """;

    [Fact]
    public void ExportThenImport_EveryStepKindNamed_KeepsEachNameAndDescription()
    {
        var before = Load(NamedKinds);

        var back = Load(Conversions.ImportText(Conversions.Text(Conversions.Export(NamedKinds, CacaoMode.Strict)), CacaoMode.Strict));

        var kinds = StepTree.Flatten(before.Steps).Select(s => s.GetType().Name).Distinct().ToList();
        Assert.Equal(10, kinds.Count);
        foreach (var step in StepTree.Flatten(before.Steps))
        {
            Assert.NotNull(step.Name);
            var restored = back.FindStep(step.Id);
            Assert.True(restored is not null, $"step {step.Id} is missing after the round trip");
            Assert.Equal((step.GetType(), step.Name, step.Description), (restored.GetType(), restored.Name, restored.Description));
        }
    }

    [Fact]
    public void Export_NamedStep_WritesNameAndDescriptionOnTheCacaoStep()
    {
        var cacao = Conversions.ExportJson(NamedKinds, CacaoMode.Strict);

        var steps = (cacao["workflow"] as JsonObject)!.Select(p => p.Value as JsonObject).OfType<JsonObject>().ToList();
        var verdict = Assert.Single(steps, s => s["name"]?.GetValue<string>() == "Did they say yes");
        Assert.Equal("if-condition", verdict["type"]!.GetValue<string>());
        Assert.Equal("Only a yes blocks.", verdict["description"]!.GetValue<string>());
        Assert.Contains(steps, s => s["type"]!.GetValue<string>() == "parallel" && s["description"]?.GetValue<string>() == "Two comments side by side.");
    }

    [Fact]
    public void Export_NamedSetBeforeAStep_StandsAloneInsteadOfRidingOnIt()
    {
        const string yaml = """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: fold, name: Fold }
            steps:
              - id: plain
                set: { a: 1 }
              - id: named
                name: Keep b
                set: { b: 2 }
              - id: note
                action: simulation.comment
                with: { text: x }
            """;

        var cacao = Conversions.ExportJson(yaml, CacaoMode.Strict);

        var steps = (cacao["workflow"] as JsonObject)!.Select(p => p.Value as JsonObject).OfType<JsonObject>().ToList();
        Assert.Contains(steps, s => s["name"]?.GetValue<string>() == "Keep b" && s["commands"]?[0]?["type"]?.GetValue<string>() == "manual");
        var back = Load(Conversions.ImportText(cacao.ToJsonString(), CacaoMode.Strict));
        Assert.Equal("Keep b", back.FindStep("named")!.Name);
        Assert.Null(back.FindStep("plain")!.Name);
    }

    [Fact]
    public void Import_CacaoStepsOfEveryKindNamed_PutsNameAndDescriptionOnTheSteps()
    {
        var json = Workflows.Playbook(
            Workflows.Id("if-condition", 1),
            (Workflows.Id("if-condition", 1), Named(new JsonObject
            {
                ["type"] = "if-condition",
                ["condition"] = "__verdict__:value = 'malicious'",
                ["on_true"] = Workflows.Id("action", 1),
                ["on_completion"] = Workflows.Id("parallel", 1),
            }, "Malicious?")),
            (Workflows.Id("action", 1), Named(Workflows.Action(1, Workflows.Id("end", 1)), "Clean up")),
            (Workflows.Id("end", 1), Workflows.End()),
            (Workflows.Id("parallel", 1), Named(new JsonObject
            {
                ["type"] = "parallel",
                ["next_steps"] = new JsonArray(Workflows.Id("action", 2), Workflows.Id("action", 5)),
                ["on_completion"] = Workflows.Id("switch-condition", 1),
            }, "Side by side")),
            (Workflows.Id("action", 2), Named(Workflows.Action(2, Workflows.Id("end", 2)), "Left")),
            (Workflows.Id("end", 2), Workflows.End()),
            (Workflows.Id("action", 5), Named(Workflows.Action(5, Workflows.Id("end", 6)), "Right")),
            (Workflows.Id("end", 6), Workflows.End()),
            (Workflows.Id("switch-condition", 1), Named(new JsonObject
            {
                ["type"] = "switch-condition",
                ["switch"] = "__verdict__:value",
                ["cases"] = new JsonObject { ["malicious"] = Workflows.Id("action", 3) },
                ["on_completion"] = Workflows.Id("while-condition", 1),
            }, "By verdict")),
            (Workflows.Id("action", 3), Named(Workflows.Action(3, Workflows.Id("end", 3)), "Bad")),
            (Workflows.Id("end", 3), Workflows.End()),
            (Workflows.Id("while-condition", 1), Named(new JsonObject
            {
                ["type"] = "while-condition",
                ["condition"] = "__verdict__:value = 'pending'",
                ["on_true"] = Workflows.Id("action", 4),
                ["on_completion"] = Workflows.Id("playbook-action", 1),
            }, "While pending")),
            (Workflows.Id("action", 4), Named(Workflows.Action(4, Workflows.Id("end", 4)), "Poll")),
            (Workflows.Id("end", 4), Workflows.End()),
            (Workflows.Id("playbook-action", 1), Named(new JsonObject
            {
                ["type"] = "playbook-action",
                ["playbook_id"] = Workflows.Id("playbook", 2),
                ["on_completion"] = Workflows.Id("end", 5),
            }, "Hand over")),
            (Workflows.Id("end", 5), Workflows.End()));

        var playbook = Load(Conversions.ImportText(json, CacaoMode.Strict));

        var steps = StepTree.Flatten(playbook.Steps).ToList();
        Assert.Equal(10, steps.Count);
        foreach (var step in steps)
        {
            Assert.False(step.Name is null, $"step {step.Id} ({step.GetType().Name}) lost its name");
            Assert.Equal($"Why: {step.Name}", step.Description);
        }

        Assert.Equal("Malicious?", steps.OfType<IfStep>().Single().Name);
        Assert.Equal("Hand over", steps.OfType<PlaybookCallStep>().Single().Name);
    }

    [Fact]
    public void Import_NamedAction_KeepsNameOutOfWith()
    {
        var json = Workflows.Playbook(
            Workflows.Id("action", 1),
            (Workflows.Id("action", 1), Named(Workflows.Action(1, Workflows.Id("end", 1)), "Say hi")),
            (Workflows.Id("end", 1), Workflows.End()));

        var action = Assert.IsType<ActionStep>(Load(Conversions.ImportText(json, CacaoMode.Strict)).Steps.Single());

        Assert.Equal("Say hi", action.Name);
        Assert.False(action.With.ContainsKey("name"));
        Assert.False(action.With.ContainsKey("description"));
        Assert.True(action.With.ContainsKey("commands"));
    }

    [Fact]
    public void Import_NamedStartAndEnd_WarnsThatTheirNamesAreLeftOut()
    {
        var start = Workflows.Id("start", 0);
        var original = (JsonObject)JsonNode.Parse(Workflows.Playbook(
            Workflows.Id("action", 1),
            (Workflows.Id("action", 1), Workflows.Action(1, Workflows.Id("end", 1))),
            (Workflows.Id("end", 1), new JsonObject { ["type"] = "end", ["name"] = "Done" })))!;
        original["workflow"]![start]!["name"] = "Begin";

        var result = Conversions.Import(original.ToJsonString(), CacaoMode.Strict);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var warning = Assert.Single(result.Problems, p => p.Message.Contains("start and end step", StringComparison.Ordinal));
        Assert.Contains(start, warning.Message, StringComparison.Ordinal);
        Assert.Contains(Workflows.Id("end", 1), warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportThenImport_PlaybookFromAnOlderImportWithNameUnderWith_MovesTheNameToTheStep()
    {
        const string older = """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: older, name: Older import }
            steps:
              - id: action--00000000-0000-4000-8000-000000000001
                action: cacao.bash
                with:
                  name: Say hi
                  description: Greets the box.
                  commands: [ { type: bash, command: echo hi } ]
            """;

        var cacao = Conversions.ExportJson(older, CacaoMode.Tolerant);
        var back = Load(Conversions.ImportText(cacao.ToJsonString(), CacaoMode.Tolerant));

        var step = (JsonObject)cacao["workflow"]!["action--00000000-0000-4000-8000-000000000001"]!;
        Assert.Equal("Say hi", step["name"]!.GetValue<string>());
        Assert.Equal("Greets the box.", step["description"]!.GetValue<string>());
        var action = Assert.IsType<ActionStep>(back.Steps.Single());
        Assert.Equal(("Say hi", "Greets the box."), (action.Name, action.Description));
        Assert.False(action.With.ContainsKey("name"));
    }

    [Fact]
    public void Import_OlderExportNamingAStepByItsId_LeavesTheNameOut()
    {
        const string yaml = """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: unnamed, name: Unnamed }
            steps:
              - id: note
                action: simulation.comment
                with: { text: x }
            """;
        var cacao = Conversions.ExportJson(yaml, CacaoMode.Strict);
        Assert.Contains((cacao["workflow"] as JsonObject)!, s => s.Value?["name"]?.GetValue<string>() == "note");

        var back = Load(Conversions.ImportText(cacao.ToJsonString(), CacaoMode.Strict));

        Assert.Null(back.FindStep("note")!.Name);
    }

    private static JsonObject Named(JsonObject step, string name)
    {
        step["name"] = name;
        step["description"] = $"Why: {name}";
        return step;
    }

    private static Playbook Load(string yaml)
    {
        var loaded = PlaybookLoader.LoadText(yaml, "named.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.Playbook!;
    }
}
