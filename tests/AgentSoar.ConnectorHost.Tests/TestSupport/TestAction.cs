using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Tests.TestSupport;

/// <summary>An action defined by a lambda; every real call is counted on its connector.</summary>
internal sealed class TestAction<TInput, TOutput>(
    TestConnector connector,
    string name,
    Func<TInput, ActionContext, Task<ActionResult<TOutput>>> execute,
    ActionRisk risk = ActionRisk.Low,
    bool idempotent = false) : ConnectorAction<TInput, TOutput>
    where TInput : notnull
{
    public override ActionMetadata Metadata { get; } = new(name, $"Test action {name}.", risk) { Idempotent = idempotent };

    public override Task<ActionResult<TOutput>> ExecuteAsync(TInput input, ActionContext context)
    {
        connector.Count(name);
        return execute(input, context);
    }
}
