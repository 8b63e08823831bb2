using System.ComponentModel.DataAnnotations;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Ldap;

/// <summary>
/// The ldap connector's settings, under <c>AgentSoar:Connectors:ldap</c>. Everything is optional:
/// without <see cref="ServerUri"/> the connector starts unconfigured and its actions fail with a
/// "not configured" error (simulation still works).
/// </summary>
public sealed class LdapOptions : IValidatableObject
{
    /// <summary>The placeholder a user filter must contain; it is replaced by the escaped user name.</summary>
    public const string UserPlaceholder = "{user}";

    /// <summary>The directory server: <c>ldap://host:389</c> or <c>ldaps://host:636</c> (the port defaults to these).</summary>
    public string? ServerUri { get; set; }

    /// <summary>The DN the connector binds as (<c>cn=agentsoar,ou=services,dc=example,dc=org</c>); empty binds anonymously.</summary>
    public string? BindDn { get; set; }

    /// <summary>The password of <see cref="BindDn"/>. A secret: prefer <c>BindPassword_FILE</c> or an environment variable.</summary>
    [Secret]
    public string? BindPassword { get; set; }

    /// <summary>Where users are searched (<c>dc=example,dc=org</c>).</summary>
    public string? BaseDn { get; set; }

    /// <summary>The kind of directory: <c>openldap</c> (the default) or <c>active_directory</c>.</summary>
    public string Flavor { get; set; } = LdapFlavor.OpenLdap;

    /// <summary>
    /// The filter that finds one user, with <c>{user}</c> where the escaped user name goes. Default:
    /// <c>(&amp;(objectClass=person)(uid={user}))</c> for OpenLDAP,
    /// <c>(&amp;(objectCategory=person)(objectClass=user)(sAMAccountName={user}))</c> for Active Directory.
    /// </summary>
    public string? UserFilter { get; set; }

    /// <summary>The attribute holding a user's login name: <c>uid</c> (OpenLDAP) or <c>sAMAccountName</c> (Active Directory) by default.</summary>
    public string? UserNameAttribute { get; set; }

    /// <summary>Where groups are searched; <see cref="BaseDn"/> by default.</summary>
    public string? GroupBaseDn { get; set; }

    /// <summary>The filter every group matches: <c>(objectClass=groupOfNames)</c> (OpenLDAP) or <c>(objectClass=group)</c> (Active Directory) by default.</summary>
    public string? GroupFilter { get; set; }

    /// <summary>The attribute that names a group (what actions take as <c>group</c>); <c>cn</c> by default.</summary>
    public string GroupNameAttribute { get; set; } = "cn";

    /// <summary>The group attribute that lists members; <c>member</c> by default (<c>memberUid</c> for posixGroup).</summary>
    public string GroupMemberAttribute { get; set; } = "member";

    /// <summary>What <see cref="GroupMemberAttribute"/> holds: <c>dn</c> (the user's DN, the default) or <c>user_name</c> (the user's <see cref="UserNameAttribute"/>, as memberUid does).</summary>
    public string GroupMemberValue { get; set; } = LdapMemberValue.Dn;

    /// <summary>
    /// OpenLDAP only: the attribute whose presence disables an account. By default the ppolicy
    /// overlay's <c>pwdAccountLockedTime</c>, which refuses every bind while it is set.
    /// </summary>
    public string DisableAttribute { get; set; } = "pwdAccountLockedTime";

    /// <summary>OpenLDAP only: the value written to <see cref="DisableAttribute"/>; <c>000001010000Z</c> is ppolicy's "locked until an administrator unlocks".</summary>
    public string DisableValue { get; set; } = "000001010000Z";

    /// <summary>The attributes <c>lookup_user</c> returns when the input names none; empty means a default set per flavour.</summary>
    public IList<string> LookupAttributes { get; } = [];

    /// <summary>Upgrade an <c>ldap://</c> connection with StartTLS before binding.</summary>
    public bool StartTls { get; set; }

    /// <summary>A folder of trusted CA certificates (PEM, hashed names as <c>c_rehash</c> makes them) for ldaps or StartTLS; the system store when empty.</summary>
    public string? TrustedCertificatesDirectory { get; set; }

    /// <summary>How long connecting and each directory operation may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The length of the random passwords <c>reset_password</c> sets.</summary>
    [Range(16, 128)]
    public int PasswordLength { get; set; } = 24;

    /// <summary>The most groups <c>lookup_user</c> lists.</summary>
    [Range(1, 10_000)]
    public int MaxGroups { get; set; } = 500;

    /// <summary>Whether a server is configured; without one every action fails with "not configured".</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ServerUri);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Flavor is not (LdapFlavor.OpenLdap or LdapFlavor.ActiveDirectory))
        {
            yield return new ValidationResult($"must be '{LdapFlavor.OpenLdap}' or '{LdapFlavor.ActiveDirectory}'.", [nameof(Flavor)]);
        }

        if (GroupMemberValue is not (LdapMemberValue.Dn or LdapMemberValue.UserName))
        {
            yield return new ValidationResult($"must be '{LdapMemberValue.Dn}' or '{LdapMemberValue.UserName}'.", [nameof(GroupMemberValue)]);
        }

        if (UserFilter is not null && !UserFilter.Contains(UserPlaceholder, StringComparison.Ordinal))
        {
            yield return new ValidationResult($"must contain {UserPlaceholder} where the user name goes.", [nameof(UserFilter)]);
        }

        foreach (var (name, value) in new[]
        {
            (nameof(UserNameAttribute), UserNameAttribute), (nameof(GroupNameAttribute), GroupNameAttribute),
            (nameof(GroupMemberAttribute), GroupMemberAttribute), (nameof(DisableAttribute), DisableAttribute),
        })
        {
            if (value is not null && !AttributeNames.IsValid(value))
            {
                yield return new ValidationResult("must be an attribute name.", [name]);
            }
        }

        for (var i = 0; i < LookupAttributes.Count; i++)
        {
            if (!AttributeNames.IsValid(LookupAttributes[i]))
            {
                yield return new ValidationResult("must be an attribute name.", [$"{nameof(LookupAttributes)}:{i}"]);
            }
        }

        if (string.IsNullOrWhiteSpace(DisableValue))
        {
            yield return new ValidationResult("must not be empty.", [nameof(DisableValue)]);
        }

        if (!IsConfigured)
        {
            yield break;
        }

        if (!LdapServer.TryParse(ServerUri, out _, out var error))
        {
            yield return new ValidationResult(error, [nameof(ServerUri)]);
        }

        if (string.IsNullOrWhiteSpace(BaseDn))
        {
            yield return new ValidationResult("is required when ServerUri is set.", [nameof(BaseDn)]);
        }

        if (!string.IsNullOrWhiteSpace(BindDn) && string.IsNullOrEmpty(BindPassword))
        {
            yield return new ValidationResult("is required when BindDn is set (or set BindPassword_FILE).", [nameof(BindPassword)]);
        }

        if (StartTls && ServerUri!.StartsWith("ldaps:", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("cannot be used with an ldaps:// server, which is encrypted already.", [nameof(StartTls)]);
        }
    }
}
