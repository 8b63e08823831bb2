using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Secrets;

/// <summary>
/// A connector's secrets: any key of its configuration section (with <c>_FILE</c> entries already
/// resolved). Every value handed out is given to the masker first, so it cannot leak afterwards.
/// </summary>
internal sealed class ConnectorSecretStore(IConfiguration section, SecretMasker masker) : ISecretStore
{
    public string? GetSecret(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var value = section[name];
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        masker.Add(value);
        return value;
    }
}
