namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>The API keys the deployments under test accept, with their roles.</summary>
public static class TestKeys
{
    public const string Admin = "alice-admin-key-0123456789";
    public const string Analyst = "bob-analyst-key-0123456789";
    public const string Responder = "rita-responder-key-0123456789";
    public const string Ingest = "siem-ingest-key-0123456789";
    public const string CasesConnector = "cases-connector-key-0123456789";

    /// <summary>The console's first admin account, made at first start.</summary>
    public const string FirstAdminName = "admin";

    public const string FirstAdminPassword = "first-admin-password-4711";

    /// <summary>An alert source limited to a burst of 3 alerts, then one a second.</summary>
    public const string Noisy = "noisy-ingest-key-0123456789";

    /// <summary>An alert source whose alerts are read with the shipped Wazuh mapping unless a request says otherwise.</summary>
    public const string Wazuh = "wazuh-ingest-key-0123456789";

    public static IEnumerable<KeyValuePair<string, string>> Environment()
    {
        var keys = new[] { ("alice", Admin, "admin"), ("bob", Analyst, "analyst"), ("siem", Ingest, "ingest"), ("rita", Responder, "responder") };
        for (var i = 0; i < keys.Length; i++)
        {
            yield return new($"AgentSoar__Api__Keys__{i}__Name", keys[i].Item1);
            yield return new($"AgentSoar__Api__Keys__{i}__Key", keys[i].Item2);
            yield return new($"AgentSoar__Api__Keys__{i}__Roles__0", keys[i].Item3);
        }

        yield return new("AgentSoar__Api__Keys__4__Name", "noisy");
        yield return new("AgentSoar__Api__Keys__4__Key", Noisy);
        yield return new("AgentSoar__Api__Keys__4__Roles__0", "ingest");
        yield return new("AgentSoar__Api__Keys__4__AlertBurst", "3");
        yield return new("AgentSoar__Api__Keys__4__AlertsPerSecond", "1");
        yield return new("AgentSoar__Api__Keys__5__Name", "wazuh");
        yield return new("AgentSoar__Api__Keys__5__Key", Wazuh);
        yield return new("AgentSoar__Api__Keys__5__Roles__0", "ingest");
        yield return new("AgentSoar__Api__Keys__5__AlertFormat", "mapping:wazuh");
    }
}
