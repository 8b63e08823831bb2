using AgentSoar.Playbooks.Model;
using static AgentSoar.Playbooks.Tests.Loading.LoadAssert;
using static AgentSoar.Playbooks.Tests.Loading.SamplePlaybooks;

namespace AgentSoar.Playbooks.Tests.Loading;

/// <summary>Timeout, retry and on_failure, which every kind of step takes.</summary>
public sealed class StepOptionsReaderTests
{
    [Fact]
    public void Read_TimeoutAndRetryOnABlock_AreKept()
    {
        var result = Load(WithSteps("""
              - id: both
                parallel:
                  branches:
                    a: [ { id: one, action: x.y } ]
                    b: [ { id: two, action: x.y } ]
                timeout: 10m
                retry: { attempts: 2, delay: 30s, backoff: constant, on: [timeout, permanent] }
            """));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var step = Assert.Single(result.Playbook!.Steps);
        Assert.Equal(TimeSpan.FromMinutes(10), step.Timeout);
        Assert.Equal(new RetrySpec(2, TimeSpan.FromSeconds(30), BackoffKind.Constant) { On = ["timeout", "permanent"] }, step.Retry);
    }

    [Fact]
    public void Read_RetryOnAnUnknownFailure_IsReportedWithASuggestion() =>
        Single(WithSteps("  - id: a\n    action: x.y\n    retry: { attempts: 2, on: [transiant] }"), 9, 31, "'transiant' is not a kind of failure: 'on' lists transient, timeout, permanent, not_found, unauthorized, invalid_input, expression, any; did you mean 'transient'?");

    [Fact]
    public void Read_OnFailureWithCompensation_HasTheStepsAndWhatFollows()
    {
        var result = Load(WithSteps("""
              - id: block
                action: x.y
                on_failure:
                  steps:
                    - id: tell
                      action: x.z
                      with: { why: "${{ steps.block.error }}" }
                  then: continue
            """));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var step = Assert.Single(result.Playbook!.Steps);
        Assert.Equal(OnFailure.Continue, step.OnFailure);
        Assert.Equal("tell", Assert.Single(step.Compensation).Id);
        Assert.NotNull(result.Playbook.FindStep("tell"));
    }

    [Fact]
    public void Read_OnFailureCompensationWithoutThen_Fails()
    {
        var step = Load(WithSteps("  - id: a\n    action: x.y\n    on_failure: { steps: [ { id: b, action: x.z } ] }")).Playbook!.Steps[0];

        Assert.Equal(OnFailure.Fail, step.OnFailure);
    }

    [Fact]
    public void Read_OnFailureMappingWithoutSteps_IsReported() =>
        Single(WithSteps("  - id: a\n    action: x.y\n    on_failure: { then: continue }"), 9, 17, "missing required key 'steps' in the on_failure of step 'a'");

    [Fact]
    public void Read_CompensationStepIdClashingWithAnother_IsReported() =>
        Single(WithSteps("  - id: a\n    action: x.y\n    on_failure: { steps: [ { id: a, action: x.z } ] }"), 9, 34, "duplicate step id 'a'");
}
