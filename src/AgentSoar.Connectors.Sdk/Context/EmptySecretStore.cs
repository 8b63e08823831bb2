namespace AgentSoar.Connectors.Sdk;

/// <summary>The secret store of a context built without one: it knows no secret.</summary>
internal sealed class EmptySecretStore : ISecretStore
{
    public static readonly EmptySecretStore Instance = new();

    public string? GetSecret(string name) => null;
}
