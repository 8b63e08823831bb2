namespace AgentSoar.Connectors.Nftables;

/// <summary>One process to start: a program and its argument list (never a shell string).</summary>
/// <param name="FileName">The program.</param>
/// <param name="Arguments">The arguments, each passed as is.</param>
internal sealed record NftInvocation(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>The command line for messages and logs (no secret ever goes into one).</summary>
    public override string ToString() => string.Join(' ', [FileName, .. Arguments]);
}
