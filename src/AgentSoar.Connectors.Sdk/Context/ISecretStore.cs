namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// The secrets of one connector. The host reads them from configuration under
/// <c>AgentSoar:Connectors:&lt;connector&gt;</c>, from environment variables that map there, and from
/// files named by a <c>&lt;key&gt;_FILE</c> entry (container secrets).
/// </summary>
/// <remarks>
/// Every value handed out here is masked as <c>***</c> in the outputs, errors and logs that leave
/// the host; that masking is the reason to read a secret through this store rather than from the
/// options object. Keep secrets out of outputs and messages all the same: masking is the safety
/// net, not the plan.
/// </remarks>
public interface ISecretStore
{
    /// <summary>Returns the secret under <paramref name="name"/>, or <see langword="null"/> when none is configured.</summary>
    /// <param name="name">
    /// The configuration key relative to the connector's section, with <c>:</c> between levels,
    /// e.g. <c>ApiKey</c> or <c>Endpoints:siem:Secret</c>. Case-insensitive.
    /// </param>
    /// <returns>The secret, or <see langword="null"/>.</returns>
    string? GetSecret(string name);
}
