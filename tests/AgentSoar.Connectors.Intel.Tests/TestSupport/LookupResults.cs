using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Intel.Tests.TestSupport;

internal static class LookupResults
{
    public static LookupOutput Output(this ActionResult result)
    {
        Assert.True(result.IsSuccess, result.Failure?.Message);
        return Assert.IsType<LookupOutput>(result.BoxedOutput);
    }

    public static ActionFailure Failed(this ActionResult result)
    {
        Assert.False(result.IsSuccess, "expected a failure");
        return result.Failure!;
    }
}
