namespace AgentSoar.Connectors.Nftables;

/// <summary>Where nft runs: which binaries, and in which network namespace (none: the connector host's own).</summary>
/// <param name="NftPath">The nft binary, a bare name looked up on the PATH or an absolute path.</param>
/// <param name="IpPath">The ip binary (iproute2), used as <c>ip netns exec NS nft ...</c> when a namespace is set.</param>
/// <param name="NetworkNamespace">The named network namespace to run in, or <see langword="null"/>.</param>
internal sealed record NftEndpoint(string NftPath, string IpPath, string? NetworkNamespace)
{
    /// <summary>What to call this place in messages.</summary>
    public string Describe() => NetworkNamespace is null ? "the host's own network namespace" : $"network namespace '{NetworkNamespace}'";
}
