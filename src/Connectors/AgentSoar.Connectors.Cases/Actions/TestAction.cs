using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Cases;

/// <summary>Takes no input.</summary>
internal sealed record TestInput;

/// <summary>Asks the API who the key is and checks that its roles may work on cases; changes nothing.</summary>
internal sealed class TestAction(CasesApi api) : ConnectorAction<TestInput, TestOutput>
{
    public override ActionMetadata Metadata { get; } = new(
        "test",
        "Checks that the AgentSoar API answers and accepts the connector's key with a role that may work on cases; changes nothing.",
        ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
    };

    public override async Task<ActionResult<TestOutput>> ExecuteAsync(TestInput input, ActionContext context)
    {
        var result = await api.WhoAmIAsync(context);
        return result.Output is { } me ? new TestOutput(api.ApiUrl, me.Name, me.Roles) : result.Failure!;
    }

    /// <summary>The check changes nothing, so a simulation runs it for real.</summary>
    public override Task<ActionResult<TestOutput>> SimulateAsync(TestInput input, ActionContext context) => ExecuteAsync(input, context);
}
