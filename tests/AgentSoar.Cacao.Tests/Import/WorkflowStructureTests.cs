using System.Text.Json.Nodes;
using AgentSoar.Cacao.Tests.TestSupport;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;
using static AgentSoar.Cacao.Tests.TestSupport.Workflows;

namespace AgentSoar.Cacao.Tests.Import;

/// <summary>How import turns CACAO's graph into AgentSoar's tree, and what it refuses.</summary>
public class WorkflowStructureTests
{
    private static Playbook Load(string json, CacaoMode mode = CacaoMode.Strict)
    {
        var loaded = PlaybookLoader.LoadText(Conversions.ImportText(json, mode), "imported.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.Playbook!;
    }

    [Fact]
    public void Import_IfBranchesThatConverge_JoinAtTheNearestCommonStep()
    {
        var json = Playbook(
            Id("if-condition", 1),
            (Id("if-condition", 1), new JsonObject { ["type"] = "if-condition", ["condition"] = "__verdict__:value = 'malicious'", ["on_true"] = Id("action", 1), ["on_false"] = Id("action", 2) }),
            (Id("action", 1), Action(1, Id("action", 3))),
            (Id("action", 2), Action(2, Id("action", 3))),
            (Id("action", 3), Action(3, Id("end", 1))),
            (Id("end", 1), End()));

        var playbook = Load(json);

        Assert.Equal(2, playbook.Steps.Count);
        var branch = Assert.IsType<IfStep>(playbook.Steps[0]);
        Assert.Equal("inputs.verdict == 'malicious'", Assert.IsType<AgentSoar.Playbooks.Templates.ExpressionTemplate>(branch.Condition).Expression.Text);
        Assert.Equal(Id("action", 1), Assert.Single(branch.Then).Id);
        Assert.Equal(Id("action", 2), Assert.Single(branch.Else).Id);
        Assert.Equal(Id("action", 3), playbook.Steps[1].Id);
    }

    [Fact]
    public void Import_ParallelWithOnCompletion_BranchesEndAtTheirEndsAndTheFlowGoesOn()
    {
        var json = Playbook(
            Id("parallel", 1),
            (Id("parallel", 1), new JsonObject { ["type"] = "parallel", ["next_steps"] = new JsonArray(Id("action", 1), Id("action", 2)), ["on_completion"] = Id("action", 3) }),
            (Id("action", 1), Action(1, Id("end", 1))),
            (Id("action", 2), Action(2, Id("end", 2))),
            (Id("action", 3), Action(3, Id("end", 3))),
            (Id("end", 1), End()),
            (Id("end", 2), End()),
            (Id("end", 3), End()));

        var playbook = Load(json);

        var parallel = Assert.IsType<ParallelStep>(playbook.Steps[0]);
        Assert.Equal(2, parallel.Lanes.Count);
        Assert.Equal(JoinKind.All, parallel.Join);
        Assert.Equal(Id("action", 3), playbook.Steps[1].Id);
    }

    [Fact]
    public void Import_OnFailureThatRejoins_BecomesCompensationThenContinue()
    {
        var failing = Action(1, null);
        failing.Remove("on_completion");
        failing["on_success"] = Id("action", 3);
        failing["on_failure"] = Id("action", 2);
        var json = Playbook(
            Id("action", 1),
            (Id("action", 1), failing),
            (Id("action", 2), Action(2, Id("action", 3), "undo")),
            (Id("action", 3), Action(3, Id("end", 1))),
            (Id("end", 1), End()));

        var playbook = Load(json);

        Assert.Equal(2, playbook.Steps.Count);
        Assert.Equal(Id("action", 2), Assert.Single(playbook.Steps[0].Compensation).Id);
        Assert.Equal(OnFailure.Continue, playbook.Steps[0].OnFailure);
    }

    [Fact]
    public void Import_WhileCondition_BecomesAWhileStepWithItsBody()
    {
        var json = Playbook(
            Id("while-condition", 1),
            (Id("while-condition", 1), new JsonObject { ["type"] = "while-condition", ["condition"] = "__verdict__:value != 'clean'", ["on_true"] = Id("action", 1), ["on_completion"] = Id("end", 2) }),
            (Id("action", 1), Action(1, Id("end", 1))),
            (Id("end", 1), End()),
            (Id("end", 2), End()));

        var loop = Assert.IsType<WhileStep>(Assert.Single(Load(json).Steps));

        Assert.Equal(Id("action", 1), Assert.Single(loop.Do).Id);
    }

    [Fact]
    public void Import_BackEdgeThatIsNotAWhileLoop_IsAnErrorNamingTheStep()
    {
        var json = Playbook(
            Id("action", 1),
            (Id("action", 1), Action(1, Id("action", 2))),
            (Id("action", 2), Action(2, Id("action", 1))));

        var result = Conversions.Import(json, CacaoMode.Strict);

        Assert.Null(result.Text);
        var error = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal($"/workflow/{Id("action", 1)}", error.Location);
        Assert.Contains("reached a second time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BranchJumpingIntoAnotherBranch_IsAnErrorNotADroppedStep()
    {
        var json = Playbook(
            Id("if-condition", 1),
            (Id("if-condition", 1), new JsonObject { ["type"] = "if-condition", ["condition"] = "__verdict__:value = 'x'", ["on_true"] = Id("action", 1), ["on_false"] = Id("action", 2), ["on_completion"] = Id("end", 3) }),
            (Id("action", 1), Action(1, Id("action", 2))),
            (Id("action", 2), Action(2, Id("end", 2))),
            (Id("end", 2), End()),
            (Id("end", 3), End()));

        var result = Conversions.Import(json, CacaoMode.Strict);

        Assert.Null(result.Text);
        Assert.Contains(result.Problems, p => p.IsError && p.Message.Contains(Id("action", 2), StringComparison.Ordinal));
    }

    [Fact]
    public void Import_StixPatternCondition_IsAnErrorAtTheCondition()
    {
        var json = Playbook(
            Id("if-condition", 1),
            (Id("if-condition", 1), new JsonObject { ["type"] = "if-condition", ["condition"] = "[ipv4-addr:value = '10.0.0.1']", ["on_true"] = Id("action", 1), ["on_completion"] = Id("end", 2) }),
            (Id("action", 1), Action(1, Id("end", 1))),
            (Id("end", 1), End()),
            (Id("end", 2), End()));

        var result = Conversions.Import(json, CacaoMode.Tolerant);

        Assert.Contains(result.Problems, p => p.IsError && p.Location == $"/workflow/{Id("if-condition", 1)}/condition");
    }

    [Fact]
    public void ImportThenExport_BuiltWorkflow_PassesTheSchemasAndKeepsTheVariableReference()
    {
        var json = Playbook(
            Id("action", 1),
            (Id("action", 1), Action(1, Id("end", 1), "block __verdict__:value")),
            (Id("end", 1), End()));

        var exported = Conversions.ExportJson(Conversions.ImportText(json, CacaoMode.Strict), CacaoMode.Strict);

        Assert.Equal("block __verdict__:value", exported["workflow"]![Id("action", 1)]!["commands"]![0]!["command"]!.GetValue<string>());
    }
}
