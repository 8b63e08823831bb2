using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables;

internal sealed class ListBlockedAction(Firewall firewall) : ConnectorAction<ListBlockedInput, ListBlockedOutput>
{
    public override ActionMetadata Metadata { get; } = new(
        "list_blocked",
        "Lists the addresses and networks the nftables firewall blocks, with their expiry.",
        ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
    };

    public override async Task<ActionResult<ListBlockedOutput>> ExecuteAsync(ListBlockedInput input, ActionContext context)
    {
        if (!firewall.Options.Enabled)
        {
            return Firewall.NotConfigured();
        }

        var (v4, v6, failure) = await firewall.ListAsync(context.CancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var now = context.Time.GetUtcNow();
        var entries = v4.Select(element => Entry(element, "ipv4", now)).Concat(v6.Select(element => Entry(element, "ipv6", now))).ToList();
        return new ListBlockedOutput(firewall.Ruleset.Table, entries.Count, entries);
    }

    // Read-only: a configured connector lists for real; an unconfigured one has nothing blocked.
    public override Task<ActionResult<ListBlockedOutput>> SimulateAsync(ListBlockedInput input, ActionContext context) =>
        firewall.Options.Enabled
            ? ExecuteAsync(input, context)
            : Task.FromResult<ActionResult<ListBlockedOutput>>(new ListBlockedOutput(firewall.Ruleset.Table, 0, []));

    private static BlockedEntry Entry(NftElement element, string family, DateTimeOffset now) =>
        new(element.Text, family, element.ExpiresIn is { } left ? now + left : null);
}
