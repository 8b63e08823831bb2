using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Tests.Sdk;

public sealed class ActionResultTests
{
    [Fact]
    public void ImplicitConversion_FromOutput_IsSuccessWithOutput()
    {
        ActionResult<string> result = "done";

        Assert.True(result.IsSuccess);
        Assert.Equal("done", result.Output);
        Assert.Equal("done", result.BoxedOutput);
    }

    [Fact]
    public void ImplicitConversion_FromFailure_IsFailureWithKindAndRetryAfter()
    {
        ActionResult<string> result = ActionFailure.Transient("busy", TimeSpan.FromSeconds(5));

        Assert.False(result.IsSuccess);
        Assert.Equal(ActionFailureKind.Transient, result.Failure!.Kind);
        Assert.Equal(TimeSpan.FromSeconds(5), result.Failure.RetryAfter);
        Assert.Null(result.Output);
    }

    [Fact]
    public void Metadata_Defaults_AreTheCautiousOnes()
    {
        var metadata = new ActionMetadata("x", "y", ActionRisk.Low);

        Assert.True(metadata.Mutating);
        Assert.False(metadata.Idempotent);
        Assert.False(metadata.Reversible);
    }
}
