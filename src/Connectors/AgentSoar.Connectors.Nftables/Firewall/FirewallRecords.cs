using System.ComponentModel;

namespace AgentSoar.Connectors.Nftables;

internal sealed record BlockIpInput(
    [Description("The IPv4 or IPv6 address, or network in CIDR notation (203.0.113.0/24), to block in both directions.")] string Ip,
    [Description("How long the block lasts (at most 49d); omitted, it lasts until unblock_ip.")] TimeSpan? Duration = null);

internal sealed record BlockIpOutput(
    [Description("The blocked address or network, in canonical form.")] string Ip,
    [Description("ipv4 or ipv6.")] string Family,
    [Description("The nftables table.")] string Table,
    [Description("The nftables set the address is in.")] string Set,
    bool Blocked,
    [Description("When the block ends by itself; null when it lasts until unblock_ip.")] DateTimeOffset? ExpiresAt);

internal sealed record UnblockIpInput(
    [Description("The IPv4 or IPv6 address, or CIDR network, exactly as it was blocked.")] string Ip);

internal sealed record UnblockIpOutput(
    [Description("The address or network, in canonical form.")] string Ip,
    [Description("The nftables table.")] string Table,
    [Description("The nftables set it was removed from.")] string Set,
    [Description("Whether it was blocked before this call (false: nothing to do).")] bool WasBlocked,
    [Description("Other blocked networks that still cover part of it.")] IReadOnlyList<string> StillBlockedBy);

internal sealed record ListBlockedInput();

internal sealed record BlockedEntry(
    [Description("The address, network (a/len) or range (a-b).")] string Ip,
    [Description("ipv4 or ipv6.")] string Family,
    [Description("When the block ends by itself; null when it lasts until unblocked.")] DateTimeOffset? ExpiresAt);

internal sealed record ListBlockedOutput(string Table, int Count, IReadOnlyList<BlockedEntry> Blocked);

internal sealed record TestInput();

internal sealed record TestOutput(
    [Description("The nft version that answered.")] string NftVersion,
    [Description("The network namespace acted in; null for the host's own.")] string? NetworkNamespace,
    string Table,
    [Description("Whether the table exists yet (it is created by the first block).")] bool TableExists);
