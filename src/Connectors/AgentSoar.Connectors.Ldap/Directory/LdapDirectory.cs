using System.DirectoryServices.Protocols;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Ldap;

/// <summary>
/// What the actions share: the resolved settings, a bound session per action, and the escaped
/// searches that turn a user or group name into the one entry it names.
/// </summary>
internal sealed class LdapDirectory(LdapSettings? settings)
{
    public const string NotConfiguredMessage =
        "The ldap connector is not configured: set AgentSoar:Connectors:ldap:ServerUri and BaseDn (and BindDn with BindPassword).";

    private const int MaxNameLength = 256;
    private const string UserAccountControl = "userAccountControl";
    private const string PwdLastSet = "pwdLastSet";
    private const string PwdReset = "pwdReset";

    /// <summary>The settings, or <see langword="null"/> when the connector is not configured.</summary>
    public LdapSettings? Settings => settings;

    /// <summary>Opens a bound session, runs <paramref name="body"/> and turns every directory error into a typed failure.</summary>
    public async Task<ActionResult<T>> RunAsync<T>(ActionContext context, Func<LdapSession, LdapSettings, Task<ActionResult<T>>> body)
    {
        if (settings is null)
        {
            return ActionFailure.Permanent(NotConfiguredMessage);
        }

        LdapSession session;
        try
        {
            session = await OpenAsync(settings, context.Secrets, context.CancellationToken);
        }
        catch (Exception ex) when (LdapFailures.For(ex, BindDescription(settings)) is { } failure)
        {
            return failure;
        }

        using (session)
        {
            try
            {
                return await body(session, settings);
            }
            catch (LdapActionException ex)
            {
                return ex.Failure;
            }
            catch (Exception ex) when (LdapFailures.For(ex, $"{context.Action} on {settings.Server}") is { } failure)
            {
                return failure;
            }
        }
    }

    /// <summary>Binds and reads the base entry; changes nothing.</summary>
    public async Task<ConnectionTestResult> TestAsync(ISecretStore secrets, CancellationToken cancellationToken)
    {
        var result = await RunAsync<string>(
            new ActionContext { Secrets = secrets, CancellationToken = cancellationToken, Action = "test" },
            async (session, s) =>
            {
                await ReadBaseAsync(session, s, cancellationToken);
                return $"Bound to {s.Server} as {s.BindDn ?? "anonymous"} and read {s.BaseDn}.";
            });
        return result.IsSuccess ? ConnectionTestResult.Success(result.Output!) : ConnectionTestResult.Failure(result.Failure!.Message);
    }

    public static async Task ReadBaseAsync(LdapSession session, LdapSettings settings, CancellationToken cancellationToken)
    {
        var request = new SearchRequest(settings.BaseDn, "(objectClass=*)", SearchScope.Base, "1.1");
        await session.SendAsync<SearchResponse>(request, cancellationToken);
    }

    /// <summary>Finds the one user <paramref name="user"/> names, with the given attributes; a failure otherwise.</summary>
    public static async Task<UserEntry> FindUserAsync(LdapSession session, LdapSettings settings, string user, IEnumerable<string> attributes, CancellationToken cancellationToken)
    {
        CheckName("user", user);
        var filter = LdapEscape.UserFilter(settings.UserFilter, user);
        var wanted = attributes.Append(settings.UserNameAttribute).Append(StateAttribute(settings)).Append(ForceChangeAttribute(settings))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var entries = await SearchOneAsync(session, settings.BaseDn, filter, wanted, $"user '{user}'", cancellationToken);
        return entries switch
        {
            [] => throw Fail(ActionFailure.NotFound($"No user '{user}' under {settings.BaseDn}.")),
            [var entry] => new UserEntry(entry.DistinguishedName, Entries.First(entry, settings.UserNameAttribute), entry),
            _ => throw Fail(ActionFailure.InvalidInput($"user: '{user}' matches more than one entry under {settings.BaseDn}; refine UserFilter.")),
        };
    }

    /// <summary>Finds the one group named <paramref name="group"/>; a failure otherwise.</summary>
    public static async Task<GroupEntry> FindGroupAsync(LdapSession session, LdapSettings settings, string group, CancellationToken cancellationToken)
    {
        CheckName("group", group);
        var filter = $"(&{settings.GroupFilter}({settings.GroupNameAttribute}={LdapEscape.FilterValue(group)}))";
        var entries = await SearchOneAsync(session, settings.GroupBaseDn, filter, [settings.GroupNameAttribute], $"group '{group}'", cancellationToken);
        return entries switch
        {
            [] => throw Fail(ActionFailure.NotFound($"No group '{group}' under {settings.GroupBaseDn}.")),
            [var entry] => new GroupEntry(entry.DistinguishedName, Entries.First(entry, settings.GroupNameAttribute) ?? group),
            _ => throw Fail(ActionFailure.InvalidInput($"group: '{group}' matches more than one group under {settings.GroupBaseDn}.")),
        };
    }

    /// <summary>The groups that list the user as a member, at most <see cref="LdapSettings.MaxGroups"/>.</summary>
    public static async Task<(IReadOnlyList<GroupEntry> Groups, bool Truncated)> GroupsOfAsync(LdapSession session, LdapSettings settings, UserEntry user, CancellationToken cancellationToken)
    {
        var member = MemberValue(settings, user);
        var filter = $"(&{settings.GroupFilter}({settings.GroupMemberAttribute}={LdapEscape.FilterValue(member)}))";
        var request = new SearchRequest(settings.GroupBaseDn, filter, SearchScope.Subtree, settings.GroupNameAttribute) { SizeLimit = settings.MaxGroups };
        SearchResultEntryCollection entries;
        var truncated = false;
        try
        {
            entries = (await session.SendAsync<SearchResponse>(request, cancellationToken)).Entries;
        }
        catch (DirectoryOperationException ex) when (ex.Response is SearchResponse { ResultCode: ResultCode.SizeLimitExceeded } partial)
        {
            entries = partial.Entries;
            truncated = true;
        }

        var groups = entries.Cast<SearchResultEntry>()
            .Select(entry => new GroupEntry(entry.DistinguishedName, Entries.First(entry, settings.GroupNameAttribute) ?? entry.DistinguishedName))
            .OrderBy(group => group.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return (groups, truncated);
    }

    /// <summary>Whether the group lists the user, by an LDAP compare.</summary>
    public static async Task<bool> IsMemberAsync(LdapSession session, LdapSettings settings, GroupEntry group, UserEntry user, CancellationToken cancellationToken)
    {
        var request = new CompareRequest(group.Dn, settings.GroupMemberAttribute, MemberValue(settings, user));
        try
        {
            var response = await session.SendAsync<CompareResponse>(request, cancellationToken);
            return response.ResultCode == ResultCode.CompareTrue;
        }
        catch (DirectoryOperationException ex) when (ex.Response?.ResultCode is ResultCode.CompareFalse or ResultCode.NoSuchAttribute)
        {
            return false;
        }
    }

    public static string MemberValue(LdapSettings settings, UserEntry user) => settings.MemberIsDn
        ? user.Dn
        : user.UserName ?? throw Fail(ActionFailure.Permanent($"The user {user.Dn} has no {settings.UserNameAttribute}, which the groups' {settings.GroupMemberAttribute} lists."));

    /// <summary>The attribute that says whether an account is disabled: the configured one, or userAccountControl.</summary>
    public static string StateAttribute(LdapSettings settings) => settings.ActiveDirectory ? UserAccountControl : settings.DisableAttribute;

    /// <summary>The attribute that says a password must change: ppolicy's pwdReset, or AD's pwdLastSet.</summary>
    public static string ForceChangeAttribute(LdapSettings settings) => settings.ActiveDirectory ? PwdLastSet : PwdReset;

    public static bool IsDisabled(LdapSettings settings, UserEntry user) => settings.ActiveDirectory
        ? (AccountControl.Read(user) & AccountControl.Disabled) != 0
        : Entries.Values(user.Entry, settings.DisableAttribute).Count > 0;

    public static bool MustChangePassword(LdapSettings settings, UserEntry user) => settings.ActiveDirectory
        ? Entries.First(user.Entry, PwdLastSet) == "0"
        : string.Equals(Entries.First(user.Entry, PwdReset), "TRUE", StringComparison.OrdinalIgnoreCase);

    public static LdapActionException Fail(ActionFailure failure) => new(failure);

    private static async Task<LdapSession> OpenAsync(LdapSettings settings, ISecretStore secrets, CancellationToken cancellationToken)
    {
        // Read through the secret store (not the bound options) so the host knows to mask the value.
        var password = settings.BindDn is null ? null : secrets.GetSecret("BindPassword");
        return await LdapSession.OpenAsync(settings, password, cancellationToken);
    }

    private static string BindDescription(LdapSettings settings) => $"Binding to {settings.Server} as {settings.BindDn ?? "anonymous"}";

    private static void CheckName(string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fail(ActionFailure.InvalidInput($"{field} must not be empty."));
        }

        if (value.Length > MaxNameLength)
        {
            throw Fail(ActionFailure.InvalidInput($"{field} must be at most {MaxNameLength} characters."));
        }
    }

    private static async Task<IReadOnlyList<SearchResultEntry>> SearchOneAsync(
        LdapSession session, string baseDn, string filter, string[] attributes, string what, CancellationToken cancellationToken)
    {
        // Two entries are enough to know a name is ambiguous.
        var request = new SearchRequest(baseDn, filter, SearchScope.Subtree, attributes) { SizeLimit = 2 };
        try
        {
            var response = await session.SendAsync<SearchResponse>(request, cancellationToken);
            return [.. response.Entries.Cast<SearchResultEntry>()];
        }
        catch (DirectoryOperationException ex) when (ex.Response?.ResultCode == ResultCode.SizeLimitExceeded)
        {
            throw Fail(ActionFailure.InvalidInput($"{what} matches more than one entry under {baseDn}."));
        }
    }
}
