using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Ldap;

internal sealed class TestAction(LdapDirectory directory) : ConnectorAction<TestInput, TestOutput>
{
    public override ActionMetadata Metadata { get; } = new(
        "test",
        "Checks that the connector can bind to the directory and read its base DN. Changes nothing.",
        ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
    };

    public override Task<ActionResult<TestOutput>> ExecuteAsync(TestInput input, ActionContext context) =>
        directory.RunAsync<TestOutput>(context, async (session, settings) =>
        {
            await LdapDirectory.ReadBaseAsync(session, settings, context.CancellationToken);
            return new TestOutput(settings.Server.ToString(), settings.Flavor, settings.BindDn, settings.BaseDn);
        });

    // Read-only: tests for real when a directory is configured; otherwise the host's "would have done".
    public override Task<ActionResult<TestOutput>> SimulateAsync(TestInput input, ActionContext context) =>
        directory.Settings is not null ? ExecuteAsync(input, context) : Task.FromResult(ActionResult<TestOutput>.WouldHaveDone());
}
