using AgentSoar.Playbooks.Model;
using static AgentSoar.Playbooks.Tests.Loading.LoadAssert;
using static AgentSoar.Playbooks.Tests.Loading.SamplePlaybooks;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class StepReaderTests
{
    [Fact]
    public void Read_DuplicateStepId_IsReportedAtTheSecondWithTheFirstsPosition() =>
        Single(WithSteps("""
              - id: a
                action: x.y
              - id: a
                action: x.z
            """), 9, 9, "duplicate step id 'a': it is already used at playbooks/test.yaml:7:9");

    [Fact]
    public void Read_DuplicateStepIdInsideABranch_IsReported() =>
        Single(WithSteps("""
              - id: a
                action: x.y
              - id: v
                if: "${{ true }}"
                then:
                  - id: a
                    action: x.z
            """), 12, 13, "duplicate step id 'a'");

    [Fact]
    public void Read_StepWithNeitherActionNorThen_IsReported() =>
        Single(WithSteps("""
              - id: a
                with: { x: 1 }
            """), 7, 5, "step 'a' says nothing to do: it needs one of action, if with then, switch, set, parallel, wait, foreach, while, playbook or approval");

    [Fact]
    public void Read_StepWithBothActionAndThen_IsReported() =>
        Single(WithSteps("""
              - id: a
                action: x.y
                if: "${{ true }}"
                then:
                  - id: b
                    action: x.y
            """), 7, 5, "step 'a' has both 'action' and 'then'");

    [Fact]
    public void Read_IfStepWithoutCondition_IsReported() =>
        Single(WithSteps("""
              - id: a
                then:
                  - id: b
                    action: x.y
            """), 7, 5, "missing required key 'if' in a step");

    [Fact]
    public void Read_IfStepWithActionKeys_ReportsEachKey()
    {
        var result = Load(WithSteps("""
              - id: a
                if: "${{ inputs.ip != null }}"
                with: { x: 1 }
                then:
                  - id: b
                    action: x.y
                max_items: 2
            """));

        Has(result, 9, 5, "'with' applies to action steps and playbook steps, not to step 'a'");
        Has(result, 13, 5, "'max_items' applies to foreach steps, not to step 'a'");
        Assert.Equal(2, result.Diagnostics.Count);
    }

    [Fact]
    public void Read_IfStepWithEmptyElse_IsValid()
    {
        var result = Load(WithSteps("""
              - id: a
                if: "${{ inputs.ip != null }}"
                then:
                  - id: b
                    action: x.y
                else: []
            """));

        Assert.Empty(Assert.IsType<IfStep>(result.Playbook!.Steps[0]).Else);
    }

    [Fact]
    public void Read_ThenThatIsNotAList_IsReported() =>
        Single(WithSteps("""
              - id: a
                if: "${{ true }}"
                then: b
            """), 9, 11, "'then' must be a list of steps, not the string 'b'");

    [Fact]
    public void Read_EmptyStepList_IsReported() => Single(WithSteps("  []"), 7, 3, "'steps' needs at least one step");

    [Fact]
    public void Read_StepThatIsNotAMapping_IsReported() =>
        Single(WithSteps("  - just text"), 7, 5, "a step must be a mapping with an id and an action (or if and then), not the string 'just text'");

    [Fact]
    public void Read_StepWithoutId_IsReported() => Single(WithSteps("  - action: x.y"), 7, 5, "missing required key 'id' in a step");

    [Theory]
    [InlineData("Block", 9)]
    [InlineData("1st", 9)]
    [InlineData("a.b", 9)]
    public void Read_StepIdOutsideThePattern_IsReported(string id, int column) =>
        Single(WithSteps($"  - id: {id}\n    action: x.y"), 7, column, $"step id '{id}' must be lower case letters, digits, '_' and '-'");

    [Theory]
    [InlineData("block_ip")]
    [InlineData("a.b.c")]
    [InlineData("Firewall.block")]
    public void Read_ActionNotWrittenConnectorDotAction_IsReported(string action) =>
        Single(WithSteps($"  - id: a\n    action: {action}"), 8, 13, $"action '{action}' must be written connector.action");

    [Fact]
    public void Read_UnknownActionWithCatalog_IsReported() =>
        Single(WithSteps("  - id: a\n    action: simulation.lookup_host"), 8, 13, "unknown action 'simulation.lookup_host': no connector 'simulation' with an action 'lookup_host' is installed", new FakeActionCatalog());

    [Fact]
    public void Read_UndeclaredWithInputWithCatalog_IsReportedWithASuggestion() =>
        Single(WithSteps("  - id: a\n    action: simulation.block_ip\n    with: { ip: 10.0.0.1, durration: 1h }"), 9, 27, "action 'simulation.block_ip' has no input 'durration'; did you mean 'duration'?", new FakeActionCatalog());

    [Fact]
    public void Read_RetryWithoutAttempts_IsReported() =>
        Single(WithSteps("  - id: a\n    action: x.y\n    retry: { delay: 2s }"), 9, 12, "missing required key 'attempts' in the retry of step 'a'");

    [Fact]
    public void Read_RetryDefaults_AreExponentialAndOneSecond()
    {
        var step = Assert.IsType<ActionStep>(Load(WithSteps("  - id: a\n    action: x.y\n    retry: { attempts: 4 }")).Playbook!.Steps[0]);

        Assert.Equal(new RetrySpec(4, TimeSpan.FromSeconds(1), BackoffKind.Exponential), step.Retry);
    }

    [Fact]
    public void Read_BadRetryAndApprovalValues_AreAllReported()
    {
        var result = Load(WithSteps("  - id: a\n    action: x.y\n    retry: { attempts: 0, backoff: random }\n    approval: { approvers: 0, expires: never }"));

        Has(result, 9, 24, "'attempts' must be a whole number of at least 1, not the number 0");
        Has(result, 9, 36, "'backoff' must be one of constant, linear, exponential");
        Has(result, 10, 28, "'approvers' must be a whole number of at least 1");
        Has(result, 10, 40, "'expires' must be a duration");
        Assert.Equal(4, result.Diagnostics.Count);
    }
}
