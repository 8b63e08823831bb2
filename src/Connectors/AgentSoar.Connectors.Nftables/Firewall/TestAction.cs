using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables;

internal sealed class TestAction(Firewall firewall) : ConnectorAction<TestInput, TestOutput>
{
    public override ActionMetadata Metadata { get; } = new(
        "test",
        "Checks that nft answers in the configured network namespace and whether the connector's table exists; changes nothing.",
        ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
    };

    public override async Task<ActionResult<TestOutput>> ExecuteAsync(TestInput input, ActionContext context)
    {
        if (!firewall.Options.Enabled)
        {
            return Firewall.NotConfigured();
        }

        return await RunAsync(firewall, context.CancellationToken);
    }

    public override Task<ActionResult<TestOutput>> SimulateAsync(TestInput input, ActionContext context) => ExecuteAsync(input, context);

    public static async Task<ActionResult<TestOutput>> RunAsync(Firewall firewall, CancellationToken cancellationToken)
    {
        var options = firewall.Options;
        var result = await firewall.Runner.RunAsync(firewall.Ruleset.ListTables(), cancellationToken);
        if (!result.Succeeded)
        {
            return NftFailures.For(result, options.Endpoint, "Listing the nftables tables");
        }

        return new TestOutput(
            NftJson.Version(result.StandardOutput),
            options.Endpoint.NetworkNamespace,
            options.Table,
            NftJson.HasTable(result.StandardOutput, "inet", options.Table));
    }
}
