namespace AgentSoar.Connectors.Ldap.Tests.TestSupport;

/// <summary>The ldap connector's settings for a test directory, on the shared connector test host.</summary>
public static class LdapHost
{
    /// <summary>A host whose ldap connector talks to <paramref name="server"/> as the administrator.</summary>
    public static ConnectorTestHost For(SlapdServer server, IDictionary<string, string?>? extra = null)
    {
        var settings = Settings(server.Uri, SlapdServer.AdminPassword);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[$"AgentSoar:Connectors:ldap:{key}"] = value;
        }

        return new ConnectorTestHost(settings);
    }

    public static Dictionary<string, string?> Settings(string uri, string password) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["AgentSoar:Connectors:ldap:ServerUri"] = uri,
        ["AgentSoar:Connectors:ldap:BindDn"] = SlapdServer.AdminDn,
        ["AgentSoar:Connectors:ldap:BindPassword"] = password,
        ["AgentSoar:Connectors:ldap:BaseDn"] = SlapdServer.Suffix,
        ["AgentSoar:Connectors:ldap:Timeout"] = "00:00:05",
    };
}
