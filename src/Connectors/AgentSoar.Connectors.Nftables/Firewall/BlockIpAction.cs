using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables;

internal sealed class BlockIpAction(Firewall firewall) : ConnectorAction<BlockIpInput, BlockIpOutput>
{
    public override ActionMetadata Metadata { get; } = new(
        "block_ip",
        "Drops all traffic from and to an IPv4 or IPv6 address or CIDR network in the nftables firewall, for a duration or until unblock_ip.",
        ActionRisk.High)
    {
        Idempotent = true,
        UndoAction = "unblock_ip",
        OpenC2 = new OpenC2Mapping("deny", "ipv4_net", "slpf"),
    };

    public override async Task<ActionResult<BlockIpOutput>> ExecuteAsync(BlockIpInput input, ActionContext context)
    {
        if (Check(input, out var target) is { } invalid)
        {
            return invalid;
        }

        if (!firewall.Options.Enabled)
        {
            return Firewall.NotConfigured();
        }

        var ruleset = firewall.Ruleset;
        var result = await firewall.Runner.RunAsync(ruleset.Block(target, input.Duration), context.CancellationToken);
        if (!result.Succeeded)
        {
            return NftFailures.IsIntervalOverlap(result)
                ? await OverlapAsync(target, context)
                : NftFailures.For(result, firewall.Options.Endpoint, $"Blocking {target}");
        }

        context.Logger.LogInformation(input.Duration is { } d
            ? $"Blocked {target} in inet {ruleset.Table} {ruleset.SetFor(target)} for {d}."
            : $"Blocked {target} in inet {ruleset.Table} {ruleset.SetFor(target)} until unblocked.");
        return Output(target, input, context);
    }

    public override Task<ActionResult<BlockIpOutput>> SimulateAsync(BlockIpInput input, ActionContext context) =>
        Task.FromResult(Check(input, out var target) is { } invalid ? invalid : (ActionResult<BlockIpOutput>)Output(target, input, context));

    private ActionFailure? Check(BlockIpInput input, out IpTarget target)
    {
        if (firewall.Check(input.Ip, out target) is { } failure)
        {
            return failure;
        }

        return input.Duration switch
        {
            { } d when d <= TimeSpan.Zero => ActionFailure.InvalidInput("duration: must be positive; omit it to block until unblock_ip."),
            { } d when d > FirewallRuleset.MaxTimeout => ActionFailure.InvalidInput("duration: nftables keeps an element at most 49d; omit it to block until unblock_ip."),
            _ => null,
        };
    }

    private BlockIpOutput Output(IpTarget target, BlockIpInput input, ActionContext context) => new(
        target.ToString(),
        target.Family,
        firewall.Ruleset.Table,
        firewall.Ruleset.SetFor(target),
        Blocked: true,
        input.Duration is { } duration ? context.Time.GetUtcNow() + duration : null);

    private async Task<ActionFailure> OverlapAsync(IpTarget target, ActionContext context)
    {
        var (v4, v6, failure) = await firewall.ListAsync(context.CancellationToken);
        var others = (target.IsIPv4 ? v4 : v6).Where(element => target.Overlaps(element.Start, element.End)).Select(element => element.Text).ToList();
        var which = others.Count > 0 && failure is null ? string.Join(", ", others) : "a blocked network";
        return ActionFailure.Permanent(
            $"Cannot block {target}: it overlaps {which}, already blocked. Unblock that first, or block the wider network.");
    }
}
