namespace AgentSoar.Connectors.Ldap;

/// <summary>The values of <see cref="LdapOptions.Flavor"/>.</summary>
public static class LdapFlavor
{
    /// <summary>OpenLDAP (or another directory following its conventions): accounts are locked with the ppolicy overlay.</summary>
    public const string OpenLdap = "openldap";

    /// <summary>Microsoft Active Directory: accounts are disabled with bit 2 of <c>userAccountControl</c>.</summary>
    public const string ActiveDirectory = "active_directory";
}

/// <summary>The values of <see cref="LdapOptions.GroupMemberValue"/>.</summary>
public static class LdapMemberValue
{
    /// <summary>The member attribute holds the user's DN (<c>member</c>, <c>uniqueMember</c>).</summary>
    public const string Dn = "dn";

    /// <summary>The member attribute holds the user's login name (<c>memberUid</c> of posixGroup).</summary>
    public const string UserName = "user_name";
}
