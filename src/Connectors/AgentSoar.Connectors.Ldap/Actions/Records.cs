using System.ComponentModel;

namespace AgentSoar.Connectors.Ldap;

internal sealed record UserInput(
    [Description("The user's login name, as the configured user filter matches it (uid on OpenLDAP, sAMAccountName on Active Directory).")] string User);

internal sealed record LookupUserInput(
    [Description("The user's login name, as the configured user filter matches it (uid on OpenLDAP, sAMAccountName on Active Directory).")] string User,
    [Description("The attributes to return; omitted, the configured LookupAttributes. Password attributes are never returned.")] IReadOnlyList<string>? Attributes = null);

internal sealed record LookupUserOutput(
    string User,
    [Description("The user's DN; null in simulation without a configured directory.")] string? Dn,
    [Description("Whether the account is disabled (locked by ppolicy, or userAccountControl bit 2 on Active Directory).")] bool Disabled,
    [Description("Whether the user must change their password at next sign-in.")] bool MustChangePassword,
    [Description("The names of the groups that list the user as a member (direct memberships).")] IReadOnlyList<string> Groups,
    [Description("The DNs of those groups, in the same order.")] IReadOnlyList<string> GroupDns,
    [Description("Whether there were more groups than the connector lists (MaxGroups).")] bool GroupsTruncated,
    [Description("The requested attributes the entry has, each with its values as text (binary values in base64).")] IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes);

internal sealed record AccountStateOutput(
    string User,
    [Description("The user's DN; null in simulation.")] string? Dn,
    [Description("Whether the account is disabled now.")] bool Disabled,
    [Description("Whether this call changed anything (false when the account already was in that state).")] bool Changed);

internal sealed record ResetPasswordInput(
    [Description("The user's login name, as the configured user filter matches it.")] string User,
    [Description("Whether the user must change the password at next sign-in (ppolicy pwdReset on OpenLDAP, pwdLastSet=0 on Active Directory). Default true.")] bool MustChangePassword = true);

internal sealed record ResetPasswordOutput(
    string User,
    [Description("The user's DN; null in simulation.")] string? Dn,
    [Description("Always true on success. The new password is random, never returned, logged or stored: the user gets a new one through the helpdesk.")] bool PasswordChanged,
    bool MustChangePassword);

internal sealed record GroupMembershipInput(
    [Description("The user's login name, as the configured user filter matches it.")] string User,
    [Description("The group's name (its cn, or the configured GroupNameAttribute).")] string Group);

internal sealed record GroupMembershipOutput(
    string User,
    [Description("The user's DN; null in simulation.")] string? Dn,
    string Group,
    [Description("The group's DN; null in simulation.")] string? GroupDn,
    [Description("Whether the user is a member of the group now.")] bool Member,
    [Description("Whether this call changed anything (false when the membership already was so).")] bool Changed);

internal sealed record TestInput;

internal sealed record TestOutput(
    [Description("The server, as ldap://host:port or ldaps://host:port.")] string Server,
    [Description("openldap or active_directory.")] string Flavor,
    [Description("The DN the connector bound as; null for an anonymous bind.")] string? BoundAs,
    [Description("The base DN, which the connector read.")] string BaseDn);
