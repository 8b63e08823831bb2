namespace AgentSoar.Connectors.Ldap;

/// <summary>A parsed server URI: <c>ldap://host[:port]</c> or <c>ldaps://host[:port]</c>.</summary>
internal sealed record LdapServer(string Host, int Port, bool Ldaps)
{
    public static bool TryParse(string? text, out LdapServer server, out string error)
    {
        server = null!;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("ldap" or "ldaps") || string.IsNullOrEmpty(uri.Host))
        {
            error = "must be an ldap:// or ldaps:// URI with a host, e.g. ldaps://dc1.example.org:636.";
            return false;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || (uri.AbsolutePath is not ("" or "/")) || !string.IsNullOrEmpty(uri.Query))
        {
            error = "must name only a scheme, a host and a port (no credentials, base DN or query).";
            return false;
        }

        var ldaps = uri.Scheme == "ldaps";
        var port = uri.IsDefaultPort || uri.Port < 0 ? (ldaps ? 636 : 389) : uri.Port;
        server = new LdapServer(uri.IdnHost, port, ldaps);
        error = "";
        return true;
    }

    public override string ToString() => $"{(Ldaps ? "ldaps" : "ldap")}://{Host}:{Port}";
}
