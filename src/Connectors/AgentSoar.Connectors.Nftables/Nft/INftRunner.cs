namespace AgentSoar.Connectors.Nftables;

/// <summary>Runs nft; the seam the unit tests replace to see the exact argument lists.</summary>
internal interface INftRunner
{
    Task<NftResult> RunAsync(NftInvocation invocation, CancellationToken cancellationToken);
}
