namespace AgentSoar.Connectors.Nftables;

/// <summary>How one nft process ended.</summary>
/// <param name="ExitCode">The exit code; -1 when the process could not start.</param>
/// <param name="StandardOutput">What it wrote to standard output.</param>
/// <param name="StandardError">What it wrote to standard error, or why it could not start.</param>
/// <param name="Started">Whether the process started at all.</param>
internal sealed record NftResult(int ExitCode, string StandardOutput, string StandardError, bool Started = true)
{
    public bool Succeeded => Started && ExitCode == 0;
}
