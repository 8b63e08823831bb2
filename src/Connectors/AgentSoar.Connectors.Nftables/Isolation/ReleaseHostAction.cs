using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables;

internal sealed class ReleaseHostAction(Quarantine quarantine) : ConnectorAction<HostInput, HostIsolationOutput>
{
    public override ActionMetadata Metadata { get; } = new(
        "release_host",
        "Ends the isolation of a Linux host by removing its nftables quarantine table; nothing happens when it is not isolated.",
        ActionRisk.Medium)
    {
        Idempotent = true,
    };

    public override async Task<ActionResult<HostIsolationOutput>> ExecuteAsync(HostInput input, ActionContext context)
    {
        if (quarantine.Find(input.Hostname, out var host) is { } failure)
        {
            return failure;
        }

        var (_, wasIsolated, stateFailure) = await quarantine.StateAsync(input.Hostname, host, context.CancellationToken);
        if (stateFailure is not null)
        {
            return stateFailure;
        }

        var result = await quarantine.RunAsync(quarantine.Ruleset.Release(host), context.CancellationToken);
        if (!result.Succeeded)
        {
            return NftFailures.For(result, quarantine.Options.EndpointOf(host), $"Releasing host '{input.Hostname}'");
        }

        context.Logger.LogInformation(wasIsolated ? $"Released host '{input.Hostname}'." : $"Host '{input.Hostname}' was not isolated.");
        return new HostIsolationOutput(input.Hostname, Isolated: false, wasIsolated, quarantine.Ruleset.Table, quarantine.Management(host));
    }

    public override Task<ActionResult<HostIsolationOutput>> SimulateAsync(HostInput input, ActionContext context)
    {
        if (!quarantine.Options.IsConfigured)
        {
            return Task.FromResult<ActionResult<HostIsolationOutput>>(Uri.CheckHostName(input.Hostname) == UriHostNameType.Unknown
                ? ActionFailure.InvalidInput($"hostname: '{input.Hostname}' is not a host name.")
                : new HostIsolationOutput(input.Hostname, Isolated: false, WasIsolated: true, quarantine.Ruleset.Table, []));
        }

        return Task.FromResult<ActionResult<HostIsolationOutput>>(quarantine.Find(input.Hostname, out var host) is { } failure
            ? failure
            : new HostIsolationOutput(input.Hostname, Isolated: false, WasIsolated: true, quarantine.Ruleset.Table, quarantine.Management(host)));
    }
}
