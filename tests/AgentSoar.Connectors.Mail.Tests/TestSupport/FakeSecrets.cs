using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Mail.Tests.TestSupport;

public sealed class FakeSecrets(Dictionary<string, string> secrets) : ISecretStore
{
    public string? GetSecret(string name) => secrets.GetValueOrDefault(name);
}
