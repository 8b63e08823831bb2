using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables;

/// <summary>Turns a failed nft call into the failure kind the host acts on.</summary>
internal static class NftFailures
{
    public static bool IsMissingNamespace(NftResult result) =>
        result.StandardError.Contains("Cannot open network namespace", StringComparison.Ordinal);

    /// <summary>nft said the object (table, set, element) does not exist.</summary>
    public static bool IsNoSuchObject(NftResult result) =>
        result.Started
        && !IsMissingNamespace(result)
        && !result.StandardError.Contains("exec of", StringComparison.Ordinal)
        && result.StandardError.Contains("No such file or directory", StringComparison.Ordinal);

    public static bool IsIntervalOverlap(NftResult result) =>
        result.StandardError.Contains("overlaps", StringComparison.Ordinal)
        || result.StandardError.Contains("conflicting intervals", StringComparison.Ordinal);

    public static ActionFailure For(NftResult result, NftEndpoint endpoint, string what)
    {
        var detail = FirstLines(result.StandardError);
        if (!result.Started)
        {
            return ActionFailure.Permanent($"{what} failed: {detail}. Check NftPath/IpPath in the connector's configuration.");
        }

        if (IsMissingNamespace(result))
        {
            return ActionFailure.NotFound($"{what} failed: {endpoint.Describe()} does not exist ({detail}).");
        }

        if (result.StandardError.Contains("Operation not permitted", StringComparison.Ordinal)
            || result.StandardError.Contains("Permission denied", StringComparison.Ordinal))
        {
            return ActionFailure.Unauthorized($"{what} failed: netfilter refused the change ({detail}); the connector host needs CAP_NET_ADMIN (and CAP_SYS_ADMIN to enter a namespace).");
        }

        if (result.StandardError.Contains("exec of", StringComparison.Ordinal))
        {
            return ActionFailure.Permanent($"{what} failed: nft could not be started in {endpoint.Describe()} ({detail}). Check NftPath.");
        }

        if (result.StandardError.Contains("Device or resource busy", StringComparison.Ordinal)
            || result.StandardError.Contains("Resource temporarily unavailable", StringComparison.Ordinal)
            || result.StandardError.Contains("Interrupted system call", StringComparison.Ordinal))
        {
            return ActionFailure.Transient($"{what} failed, netfilter was busy: {detail}");
        }

        return ActionFailure.Permanent($"{what} failed (nft exit code {result.ExitCode}): {detail}");
    }

    // nft repeats the command and underlines the culprit; the first line says what is wrong.
    private static string FirstLines(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
        return line.Length > 300 ? line[..300] + "..." : line;
    }
}
