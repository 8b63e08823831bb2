using System.ComponentModel;

namespace AgentSoar.Connectors.Nftables;

internal sealed record HostInput(
    [Description("The host's name, as configured under AgentSoar:Connectors:hostisolation:Hosts.")] string Hostname);

internal sealed record HostIsolationOutput(
    string Hostname,
    [Description("Whether the host is isolated after this call.")] bool Isolated,
    [Description("Whether it was isolated before this call.")] bool WasIsolated,
    [Description("The nftables quarantine table.")] string Table,
    [Description("The addresses the isolated host can still reach and be reached from.")] IReadOnlyList<string> ManagementAddresses);

internal sealed record TestHostsInput(
    [Description("One configured host to check; omitted, every configured host.")] string? Hostname = null);

internal sealed record HostStatus(
    string Hostname,
    [Description("The network namespace acted in; null for the connector host's own.")] string? NetworkNamespace,
    [Description("The nft version that answered.")] string NftVersion,
    [Description("Whether the quarantine table is present.")] bool Isolated);

internal sealed record TestHostsOutput(IReadOnlyList<HostStatus> Hosts);
