using AgentSoar.Playbooks.Model;
using static AgentSoar.Playbooks.Tests.Loading.LoadAssert;
using static AgentSoar.Playbooks.Tests.Loading.SamplePlaybooks;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class FlowStepReaderTests
{
    [Fact]
    public void Read_Switch_HasCasesDefaultAndLocations()
    {
        var result = Load(WithSteps("""
              - id: route
                switch: "${{ inputs.ip }}"
                cases:
                  10.0.0.1:
                    - id: internal
                      action: x.y
                  malicious:
                    - id: block
                      action: x.z
                default:
                  - id: note
                    action: x.y
            """));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var step = Assert.IsType<SwitchStep>(Assert.Single(result.Playbook!.Steps));
        Assert.Equal(["10.0.0.1", "malicious"], step.Cases.Select(c => c.Match));
        Assert.Equal(10, step.Cases[0].Location.Line);
        Assert.Equal("note", Assert.Single(step.Default).Id);
        Assert.Equal(["internal", "block", "note"], step.Children.Select(c => c.Id));
    }

    [Fact]
    public void Read_SwitchWithoutCases_IsReported() =>
        Single(WithSteps("""
              - id: route
                switch: "${{ inputs.ip }}"
            """), 7, 5, "'cases'");

    [Fact]
    public void Read_Set_ThenVarsAreReadable()
    {
        var result = Load(WithSteps("""
              - id: remember
                set: { verdict: "${{ inputs.ip }}", hours: 24 }
              - id: use
                action: x.y
                with: { v: "${{ vars.verdict }}", h: "${{ vars.hours }}" }
            """));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var set = Assert.IsType<SetStep>(result.Playbook!.Steps[0]);
        Assert.Equal(["verdict", "hours"], set.Values.Keys);
    }

    [Fact]
    public void Read_UnsetVariable_IsReportedWithASuggestion() =>
        Single(WithSteps("""
              - id: remember
                set: { verdict: 1 }
              - id: use
                action: x.y
                with: { v: "${{ vars.verdikt }}" }
            """), 11, 26, "no 'set' step sets the variable 'verdikt'; did you mean 'verdict'?");

    [Fact]
    public void Read_Parallel_ReadsJoinAndBranches()
    {
        var result = Load(WithSteps("""
              - id: fan_out
                parallel:
                  join: any
                  branches:
                    notify:
                      - id: mail
                        action: x.y
                    ticket:
                      - id: open
                        action: x.z
            """));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var step = Assert.IsType<ParallelStep>(Assert.Single(result.Playbook!.Steps));
        Assert.Equal(JoinKind.Any, step.Join);
        Assert.Equal(["notify", "ticket"], step.Lanes.Select(l => l.Name));
    }

    [Fact]
    public void Read_ParallelBranchReadsItsSibling_IsReported() =>
        Single(WithSteps("""
              - id: fan_out
                parallel:
                  branches:
                    a:
                      - id: first
                        action: x.y
                    b:
                      - id: second
                        action: x.y
                        with: { v: "${{ steps.first.output }}" }
            """), 16, 35, "step 'first' is on another branch");

    [Fact]
    public void Read_ParallelWithOneBranch_IsReported() =>
        Single(WithSteps("""
              - id: fan_out
                parallel:
                  branches:
                    a:
                      - id: first
                        action: x.y
            """), 10, 9, "needs two or more");

    [Fact]
    public void Read_ParallelWithNoBranches_IsReported() =>
        Single(WithSteps("""
              - id: fan_out
                parallel:
                  branches: {}
            """), 9, 17, "has 0 branch(es)");

    [Fact]
    public void Read_Wait_ForOrUntil()
    {
        var result = Load(WithSteps("""
              - id: pause
                wait: { for: 5m }
              - id: settle
                wait: { until: "${{ steps.pause.status == 'succeeded' }}", timeout: 1h }
            """));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pause = Assert.IsType<WaitStep>(result.Playbook!.Steps[0]);
        var settle = Assert.IsType<WaitStep>(result.Playbook.Steps[1]);
        Assert.Equal(TimeSpan.FromMinutes(5), pause.For);
        Assert.Equal((TimeSpan.FromHours(1), TimeSpan.FromSeconds(30)), (settle.Within, settle.Every));
    }

    [Theory]
    [InlineData("{ for: 5m, until: \"${{ true }}\", timeout: 1m }", "give exactly one")]
    [InlineData("{ until: \"${{ true }}\" }", "needs a 'timeout'")]
    [InlineData("{ for: 5m, every: 1m }", "go with 'until'")]
    [InlineData("5m", "must be a mapping")]
    public void Read_WaitMisused_IsReported(string wait, string message)
    {
        var result = Load(WithSteps($$"""
              - id: pause
                wait: {{wait}}
            """));

        Assert.Contains(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TwoKinds_IsReported() =>
        Single(WithSteps("""
              - id: a
                action: x.y
                set: { v: 1 }
            """), 7, 5, "has both 'action' and 'set'");

    [Fact]
    public void Read_CasesOnAnActionStep_IsReported() =>
        Single(WithSteps("""
              - id: a
                action: x.y
                cases: {}
            """), 9, 5, "'cases' applies to switch steps, not to step 'a'");
}
