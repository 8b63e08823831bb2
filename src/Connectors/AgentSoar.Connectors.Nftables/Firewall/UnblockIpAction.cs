using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables;

internal sealed class UnblockIpAction(Firewall firewall) : ConnectorAction<UnblockIpInput, UnblockIpOutput>
{
    public override ActionMetadata Metadata { get; } = new(
        "unblock_ip",
        "Removes an address or network blocked by block_ip from the nftables firewall; nothing happens when it is not blocked.",
        ActionRisk.Medium)
    {
        Idempotent = true,
        OpenC2 = new OpenC2Mapping("allow", "ipv4_net", "slpf"),
    };

    public override async Task<ActionResult<UnblockIpOutput>> ExecuteAsync(UnblockIpInput input, ActionContext context)
    {
        if (firewall.Check(input.Ip, out var target) is { } invalid)
        {
            return invalid;
        }

        if (!firewall.Options.Enabled)
        {
            return Firewall.NotConfigured();
        }

        var (v4, v6, failure) = await firewall.ListAsync(context.CancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var elements = target.IsIPv4 ? v4 : v6;
        var wasBlocked = elements.Any(element => target.Covers(element.Start, element.End));
        if (wasBlocked)
        {
            var result = await firewall.Runner.RunAsync(firewall.Ruleset.Unblock(target), context.CancellationToken);
            if (!result.Succeeded)
            {
                return NftFailures.For(result, firewall.Options.Endpoint, $"Unblocking {target}");
            }

            context.Logger.LogInformation($"Unblocked {target} in inet {firewall.Ruleset.Table} {firewall.Ruleset.SetFor(target)}.");
        }

        var still = elements.Where(element => !target.Covers(element.Start, element.End) && target.Overlaps(element.Start, element.End))
            .Select(element => element.Text)
            .ToList();
        return new UnblockIpOutput(target.ToString(), firewall.Ruleset.Table, firewall.Ruleset.SetFor(target), wasBlocked, still);
    }

    public override Task<ActionResult<UnblockIpOutput>> SimulateAsync(UnblockIpInput input, ActionContext context) =>
        Task.FromResult(firewall.Check(input.Ip, out var target) is { } invalid
            ? invalid
            : (ActionResult<UnblockIpOutput>)new UnblockIpOutput(target.ToString(), firewall.Ruleset.Table, firewall.Ruleset.SetFor(target), WasBlocked: true, []));
}
