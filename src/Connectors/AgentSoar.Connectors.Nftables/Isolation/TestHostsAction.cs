using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables;

internal sealed class TestHostsAction(Quarantine quarantine) : ConnectorAction<TestHostsInput, TestHostsOutput>
{
    public override ActionMetadata Metadata { get; } = new(
        "test",
        "Checks that nft answers on each configured host (or the one named) and whether it is isolated; changes nothing.",
        ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
    };

    public override Task<ActionResult<TestHostsOutput>> ExecuteAsync(TestHostsInput input, ActionContext context) =>
        RunAsync(quarantine, input.Hostname, context.CancellationToken);

    public override Task<ActionResult<TestHostsOutput>> SimulateAsync(TestHostsInput input, ActionContext context) => ExecuteAsync(input, context);

    public static async Task<ActionResult<TestHostsOutput>> RunAsync(Quarantine quarantine, string? hostname, CancellationToken cancellationToken)
    {
        if (!quarantine.Options.IsConfigured)
        {
            return Quarantine.NotConfigured();
        }

        var names = hostname is null ? quarantine.Options.Hosts.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList() : [hostname];
        var statuses = new List<HostStatus>();
        foreach (var name in names)
        {
            if (quarantine.Find(name, out var host) is { } failure)
            {
                return failure;
            }

            var (version, isolated, stateFailure) = await quarantine.StateAsync(name, host, cancellationToken);
            if (stateFailure is not null)
            {
                return stateFailure;
            }

            statuses.Add(new HostStatus(name, quarantine.Options.EndpointOf(host).NetworkNamespace, version, isolated));
        }

        return new TestHostsOutput(statuses);
    }
}
