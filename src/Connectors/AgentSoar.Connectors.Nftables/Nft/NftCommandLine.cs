namespace AgentSoar.Connectors.Nftables;

/// <summary>
/// Builds the argument list of one nft call: several commands joined by <c>;</c> tokens, which nft
/// applies as one atomic transaction. <c>--</c> ends nft's options, so a negative priority is not
/// read as one. Only validated, re-rendered values reach a command.
/// </summary>
internal static class NftCommandLine
{
    public static NftInvocation Build(NftEndpoint endpoint, bool json, IEnumerable<IReadOnlyList<string>> commands)
    {
        var nft = new List<string>();
        if (json)
        {
            nft.Add("-j");
        }

        nft.Add("--");
        var first = true;
        foreach (var command in commands)
        {
            if (!first)
            {
                nft.Add(";");
            }

            nft.AddRange(command);
            first = false;
        }

        return endpoint.NetworkNamespace is { } ns
            ? new NftInvocation(endpoint.IpPath, ["netns", "exec", ns, endpoint.NftPath, .. nft])
            : new NftInvocation(endpoint.NftPath, nft);
    }
}
