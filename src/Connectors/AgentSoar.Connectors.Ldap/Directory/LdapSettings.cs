namespace AgentSoar.Connectors.Ldap;

/// <summary>The options with the flavour's defaults filled in, resolved once at start.</summary>
internal sealed class LdapSettings
{
    private static readonly string[] OpenLdapLookupAttributes =
        ["uid", "cn", "sn", "givenName", "displayName", "mail", "title", "ou", "telephoneNumber", "employeeNumber", "uidNumber", "gidNumber", "loginShell", "homeDirectory"];

    private static readonly string[] ActiveDirectoryLookupAttributes =
        ["sAMAccountName", "userPrincipalName", "cn", "sn", "givenName", "displayName", "mail", "title", "department", "company", "manager", "telephoneNumber", "employeeID", "whenCreated", "lastLogonTimestamp", "lockoutTime"];

    private LdapSettings(LdapOptions options, LdapServer server)
    {
        var ad = options.Flavor == LdapFlavor.ActiveDirectory;
        Server = server;
        ActiveDirectory = ad;
        BindDn = string.IsNullOrWhiteSpace(options.BindDn) ? null : options.BindDn;
        BaseDn = options.BaseDn!;
        UserFilter = options.UserFilter ?? (ad ? "(&(objectCategory=person)(objectClass=user)(sAMAccountName={user}))" : "(&(objectClass=person)(uid={user}))");
        UserNameAttribute = options.UserNameAttribute ?? (ad ? "sAMAccountName" : "uid");
        GroupBaseDn = string.IsNullOrWhiteSpace(options.GroupBaseDn) ? BaseDn : options.GroupBaseDn;
        GroupFilter = options.GroupFilter ?? (ad ? "(objectClass=group)" : "(objectClass=groupOfNames)");
        GroupNameAttribute = options.GroupNameAttribute;
        GroupMemberAttribute = options.GroupMemberAttribute;
        MemberIsDn = options.GroupMemberValue == LdapMemberValue.Dn;
        DisableAttribute = options.DisableAttribute;
        DisableValue = options.DisableValue;
        LookupAttributes = options.LookupAttributes.Count > 0 ? [.. options.LookupAttributes] : ad ? ActiveDirectoryLookupAttributes : OpenLdapLookupAttributes;
        StartTls = options.StartTls;
        TrustedCertificatesDirectory = string.IsNullOrWhiteSpace(options.TrustedCertificatesDirectory) ? null : options.TrustedCertificatesDirectory;
        Timeout = options.Timeout;
        PasswordLength = options.PasswordLength;
        MaxGroups = options.MaxGroups;
    }

    public LdapServer Server { get; }

    public bool ActiveDirectory { get; }

    public string Flavor => ActiveDirectory ? LdapFlavor.ActiveDirectory : LdapFlavor.OpenLdap;

    public string? BindDn { get; }

    public string BaseDn { get; }

    public string UserFilter { get; }

    public string UserNameAttribute { get; }

    public string GroupBaseDn { get; }

    public string GroupFilter { get; }

    public string GroupNameAttribute { get; }

    public string GroupMemberAttribute { get; }

    public bool MemberIsDn { get; }

    public string DisableAttribute { get; }

    public string DisableValue { get; }

    public IReadOnlyList<string> LookupAttributes { get; }

    public bool StartTls { get; }

    public string? TrustedCertificatesDirectory { get; }

    public TimeSpan Timeout { get; }

    public int PasswordLength { get; }

    public int MaxGroups { get; }

    /// <summary>The settings, or <see langword="null"/> when no server is configured.</summary>
    public static LdapSettings? From(LdapOptions options) =>
        options.IsConfigured && LdapServer.TryParse(options.ServerUri, out var server, out _) && !string.IsNullOrWhiteSpace(options.BaseDn)
            ? new LdapSettings(options, server)
            : null;
}
