using System.DirectoryServices.Protocols;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Ldap;

/// <summary>Disables or enables an account: ppolicy's lock attribute on OpenLDAP, userAccountControl bit 2 on Active Directory.</summary>
internal abstract class AccountStateAction(LdapDirectory directory, bool disable) : ConnectorAction<UserInput, AccountStateOutput>
{
    public override Task<ActionResult<AccountStateOutput>> ExecuteAsync(UserInput input, ActionContext context) =>
        directory.RunAsync<AccountStateOutput>(context, async (session, settings) =>
        {
            var user = await LdapDirectory.FindUserAsync(session, settings, input.User, [], context.CancellationToken);
            var modification = settings.ActiveDirectory ? ActiveDirectoryChange(user) : OpenLdapChange(settings, user);
            if (modification is not null)
            {
                try
                {
                    await session.SendAsync<ModifyResponse>(new ModifyRequest(user.Dn, modification), context.CancellationToken);
                }
                catch (DirectoryOperationException ex) when (!disable && ex.Response?.ResultCode == ResultCode.NoSuchAttribute)
                {
                    // Enabled by someone else between the search and the change: the state asked for holds.
                    modification = null;
                }
            }

            context.Logger.LogInformation(modification is null
                ? $"{user.Dn} already was {(disable ? "disabled" : "enabled")}."
                : $"{(disable ? "Disabled" : "Enabled")} {user.Dn}.");
            return new AccountStateOutput(input.User, user.Dn, Disabled: disable, Changed: modification is not null);
        });

    public override Task<ActionResult<AccountStateOutput>> SimulateAsync(UserInput input, ActionContext context) =>
        Task.FromResult<ActionResult<AccountStateOutput>>(string.IsNullOrWhiteSpace(input.User)
            ? ActionFailure.InvalidInput("user must not be empty.")
            : new AccountStateOutput(input.User, Dn: null, Disabled: disable, Changed: true));

    private DirectoryAttributeModification? ActiveDirectoryChange(UserEntry user)
    {
        var flags = AccountControl.Read(user);
        var wanted = AccountControl.With(flags, disable);
        return wanted == flags ? null : Modification("userAccountControl", DirectoryAttributeOperation.Replace, AccountControl.Format(wanted));
    }

    private DirectoryAttributeModification? OpenLdapChange(LdapSettings settings, UserEntry user)
    {
        var values = Entries.Values(user.Entry, settings.DisableAttribute);
        if (disable)
        {
            // A lock the server set itself (after failed binds) expires; a disable must not.
            return values is [var value] && value == settings.DisableValue
                ? null
                : Modification(settings.DisableAttribute, DirectoryAttributeOperation.Replace, settings.DisableValue);
        }

        return values.Count == 0 ? null : Modification(settings.DisableAttribute, DirectoryAttributeOperation.Delete, value: null);
    }

    private static DirectoryAttributeModification Modification(string attribute, DirectoryAttributeOperation operation, string? value)
    {
        var modification = new DirectoryAttributeModification { Name = attribute, Operation = operation };
        if (value is not null)
        {
            modification.Add(value);
        }

        return modification;
    }
}

internal sealed class DisableAccountAction(LdapDirectory directory) : AccountStateAction(directory, disable: true)
{
    public override ActionMetadata Metadata { get; } = new(
        "disable_account",
        "Disables a directory account so it can no longer sign in: locks it with ppolicy's pwdAccountLockedTime on OpenLDAP, sets userAccountControl bit 2 on Active Directory.",
        ActionRisk.High)
    {
        Idempotent = true,
        UndoAction = "enable_account",
        OpenC2 = new OpenC2Mapping("set", "er:account", "er"),
    };
}

internal sealed class EnableAccountAction(LdapDirectory directory) : AccountStateAction(directory, disable: false)
{
    public override ActionMetadata Metadata { get; } = new(
        "enable_account",
        "Enables a disabled directory account again (the undo of disable_account): removes the ppolicy lock on OpenLDAP, clears userAccountControl bit 2 on Active Directory.",
        ActionRisk.Medium)
    {
        Idempotent = true,
        UndoAction = "disable_account",
        OpenC2 = new OpenC2Mapping("set", "er:account", "er"),
    };
}
