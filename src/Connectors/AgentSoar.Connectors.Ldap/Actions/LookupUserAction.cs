using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Ldap;

internal sealed class LookupUserAction(LdapDirectory directory) : ConnectorAction<LookupUserInput, LookupUserOutput>
{
    private const int MaxAttributes = 100;

    public override ActionMetadata Metadata { get; } = new(
        "lookup_user",
        "Looks a user up in the directory: DN, chosen attributes, whether the account is disabled, and the groups it belongs to. Changes nothing.",
        ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
        OpenC2 = new OpenC2Mapping("query", "er:account", "er"),
    };

    public override Task<ActionResult<LookupUserOutput>> ExecuteAsync(LookupUserInput input, ActionContext context) =>
        directory.RunAsync<LookupUserOutput>(context, async (session, settings) =>
        {
            var requested = input.Attributes ?? settings.LookupAttributes;
            if (requested.Count > MaxAttributes)
            {
                return ActionFailure.InvalidInput($"attributes: at most {MaxAttributes} may be asked for.");
            }

            if (requested.FirstOrDefault(name => !AttributeNames.IsValid(name)) is { } invalid)
            {
                return ActionFailure.InvalidInput($"attributes: '{invalid}' is not an attribute name.");
            }

            if (requested.FirstOrDefault(AttributeNames.IsSecret) is { } secret)
            {
                return ActionFailure.InvalidInput($"attributes: '{secret}' holds a password and is never returned.");
            }

            var user = await LdapDirectory.FindUserAsync(session, settings, input.User, requested, context.CancellationToken);
            var (groups, truncated) = await LdapDirectory.GroupsOfAsync(session, settings, user, context.CancellationToken);
            var attributes = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in requested.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (Entries.Values(user.Entry, name) is { Count: > 0 } values)
                {
                    attributes[name] = values;
                }
            }

            context.Logger.LogDebug($"Looked up {user.Dn}: {groups.Count} groups.");
            return new LookupUserOutput(
                input.User,
                user.Dn,
                LdapDirectory.IsDisabled(settings, user),
                LdapDirectory.MustChangePassword(settings, user),
                [.. groups.Select(group => group.Name)],
                [.. groups.Select(group => group.Dn)],
                truncated,
                attributes);
        });

    // Read-only: with a directory configured, the simulation looks for real; without one it answers
    // with an output of the real shape so a simulated playbook takes the same path.
    public override Task<ActionResult<LookupUserOutput>> SimulateAsync(LookupUserInput input, ActionContext context) =>
        directory.Settings is not null
            ? ExecuteAsync(input, context)
            : Task.FromResult<ActionResult<LookupUserOutput>>(new LookupUserOutput(
                input.User, Dn: null, Disabled: false, MustChangePassword: false, Groups: [], GroupDns: [], GroupsTruncated: false,
                Attributes: new Dictionary<string, IReadOnlyList<string>>()));
}
