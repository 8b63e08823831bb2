namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>The API keys the deployments under test accept, with their roles.</summary>
public static class TestKeys
{
    public const string Admin = "alice-admin-key-0123456789";
    public const string Analyst = "bob-analyst-key-0123456789";
    public const string Ingest = "siem-ingest-key-0123456789";
    public const string CasesConnector = "cases-connector-key-0123456789";

    public static IEnumerable<KeyValuePair<string, string>> Environment()
    {
        var keys = new[] { ("alice", Admin, "admin"), ("bob", Analyst, "analyst"), ("siem", Ingest, "ingest") };
        for (var i = 0; i < keys.Length; i++)
        {
            yield return new($"AgentSoar__Api__Keys__{i}__Name", keys[i].Item1);
            yield return new($"AgentSoar__Api__Keys__{i}__Key", keys[i].Item2);
            yield return new($"AgentSoar__Api__Keys__{i}__Roles__0", keys[i].Item3);
        }
    }
}
