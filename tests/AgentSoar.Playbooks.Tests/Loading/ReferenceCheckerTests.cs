using static AgentSoar.Playbooks.Tests.Loading.LoadAssert;
using static AgentSoar.Playbooks.Tests.Loading.SamplePlaybooks;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class ReferenceCheckerTests
{
    [Fact]
    public void Check_UnknownRoot_IsReportedWithASuggestion() =>
        Single(WithSteps("""
              - id: a
                action: x.y
                with: { v: "${{ alerts.severity_id }}" }
            """), 9, 21, "unknown name 'alerts': expressions read alert, inputs, steps, incident, vars, run, loop; did you mean 'alert'?");

    [Fact]
    public void Check_EveryKnownRoot_IsAccepted() =>
        Assert.True(Load(WithSteps("""
              - id: remember
                set: { k: 1 }
              - id: a
                action: x.y
                with: { v: "${{ [alert.x, inputs.ip, incident.id, vars.k, run.id, steps] }}" }
            """)).Succeeded);

    [Fact]
    public void Check_UndeclaredInput_IsReportedAtTheName() =>
        Single(WithSteps("""
              - id: a
                action: x.y
                with: { v: "${{ inputs.ipp }}" }
            """), 9, 28, "input 'ipp' is not declared under 'inputs'; did you mean 'ip'?");

    [Fact]
    public void Check_UnknownStep_IsReportedWithASuggestion() =>
        Single(WithSteps("""
              - id: enrich
                action: x.y
              - id: b
                action: x.y
                with: { v: "${{ steps.enrichh.output }}" }
            """), 11, 27, "no step has the id 'enrichh'; did you mean 'enrich'?");

    [Fact]
    public void Check_StepDeclaredLater_IsReported() =>
        Single(WithSteps("""
              - id: a
                action: x.y
                with: { v: "${{ steps.b.output }}" }
              - id: b
                action: x.y
            """), 9, 27, "step 'b' is declared later and has not run when step 'a' runs");

    [Fact]
    public void Check_StepReadingItself_IsReportedInGuardsToo()
    {
        var result = Load(WithSteps("""
              - id: a
                action: x.y
                if: "${{ steps.a.status != 'failed' }}"
                with: { v: "${{ steps['a'].output }}" }
            """));

        Has(result, 9, 20, "step 'a' cannot read its own result");
        Has(result, 10, 27, "step 'a' cannot read its own result");
        Assert.Equal(2, result.Diagnostics.Count);
    }

    [Fact]
    public void Check_BranchStepReadingTheEnclosingIfStep_IsReported() =>
        Single(WithSteps("""
              - id: v
                if: "${{ true }}"
                then:
                  - id: x
                    action: x.y
                    with: { v: "${{ steps.v.output }}" }
            """), 12, 31, "step 'v' encloses this step and has not finished when it runs");

    [Fact]
    public void Check_ConditionReadingItsOwnBranch_IsReported() =>
        Single(WithSteps("""
              - id: v
                if: "${{ steps.x.status == 'succeeded' }}"
                then:
                  - id: x
                    action: x.y
            """), 8, 20, "step 'x' is inside step 'v' and runs after it starts");

    [Fact]
    public void Check_ElseReadingTheThenBranch_IsReported() =>
        Single(WithSteps("""
              - id: v
                if: "${{ alert.severity_id > 3 }}"
                then:
                  - id: x
                    action: x.y
                else:
                  - id: y
                    action: x.y
                    with: { v: "${{ steps.x.output }}" }
            """), 15, 31, "step 'x' is on another branch and does not run before step 'y'");

    [Fact]
    public void Check_StepAfterAnIfStep_MayReadStepsInsideIt() =>
        Assert.True(Load(WithSteps("""
              - id: first
                action: x.y
              - id: v
                if: "${{ steps.first.output.ok }}"
                then:
                  - id: x
                    action: x.y
                    with: { v: "${{ steps.first.output }}" }
              - id: after
                action: x.y
                with: { a: "${{ steps.x.status }}", b: "${{ steps.v.status }}" }
            """)).Succeeded);

    [Fact]
    public void Check_OutputNamingAnUnknownStep_IsReported() =>
        Single(Minimal + "\noutputs:\n  done: \"${{ steps.onl.status == 'succeeded' }}\"", 11, 20, "no step has the id 'onl'; did you mean 'only'?");

    [Fact]
    public void Check_TriggerReadingSteps_IsReported() =>
        Single(Minimal + "\ntriggers:\n  - match: \"${{ alert.severity_id > 2 || steps.only.status }}\"", 11, 42, "'steps' does not exist yet in a trigger: only alert and incident do");

    [Fact]
    public void Check_InputSourceReadingInputs_IsReported() =>
        Single(Minimal + "\ninputs:\n  a: { from: \"${{ inputs.b }}\" }", 11, 19, "'inputs' does not exist yet in the 'from' of input 'a'");

    [Fact]
    public void Check_UnknownRootInATrigger_IsReportedOnce() =>
        Single(Minimal + "\ntriggers:\n  - match: \"${{ event.x }}\"", 11, 17, "unknown name 'event'");
}
