using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables;

internal sealed class IsolateHostAction(Quarantine quarantine) : ConnectorAction<HostInput, HostIsolationOutput>
{
    public override ActionMetadata Metadata { get; } = new(
        "isolate_host",
        "Cuts a Linux host off the network with an nftables quarantine table: only loopback and its configured management addresses stay reachable.",
        ActionRisk.Critical)
    {
        Idempotent = true,
        UndoAction = "release_host",

        // OpenC2: contain device, with args { "device_containment": "network_isolation" } (the mapping has no place for args).
        OpenC2 = new OpenC2Mapping("contain", "device", "er"),
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

        var result = await quarantine.RunAsync(quarantine.Ruleset.Isolate(host), context.CancellationToken);
        if (!result.Succeeded)
        {
            return NftFailures.For(result, quarantine.Options.EndpointOf(host), $"Isolating host '{input.Hostname}'");
        }

        var management = quarantine.Management(host);
        context.Logger.LogInformation($"Isolated host '{input.Hostname}'; reachable only from and to {string.Join(", ", management)}.");
        return new HostIsolationOutput(input.Hostname, Isolated: true, wasIsolated, quarantine.Ruleset.Table, management);
    }

    public override Task<ActionResult<HostIsolationOutput>> SimulateAsync(HostInput input, ActionContext context)
    {
        // An unconfigured connector simulates with what the input says; a configured one also checks the host is known.
        if (!quarantine.Options.IsConfigured)
        {
            return Task.FromResult<ActionResult<HostIsolationOutput>>(Uri.CheckHostName(input.Hostname) == UriHostNameType.Unknown
                ? ActionFailure.InvalidInput($"hostname: '{input.Hostname}' is not a host name.")
                : new HostIsolationOutput(input.Hostname, Isolated: true, WasIsolated: false, quarantine.Ruleset.Table, []));
        }

        return Task.FromResult<ActionResult<HostIsolationOutput>>(quarantine.Find(input.Hostname, out var host) is { } failure
            ? failure
            : new HostIsolationOutput(input.Hostname, Isolated: true, WasIsolated: false, quarantine.Ruleset.Table, quarantine.Management(host)));
    }
}
