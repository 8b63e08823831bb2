using System.DirectoryServices.Protocols;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Ldap;

/// <summary>Adds a user to a group or removes them, by changing the group's member attribute.</summary>
internal abstract class GroupMembershipAction(LdapDirectory directory, bool add) : ConnectorAction<GroupMembershipInput, GroupMembershipOutput>
{
    public override Task<ActionResult<GroupMembershipOutput>> ExecuteAsync(GroupMembershipInput input, ActionContext context) =>
        directory.RunAsync<GroupMembershipOutput>(context, async (session, settings) =>
        {
            var user = await LdapDirectory.FindUserAsync(session, settings, input.User, [], context.CancellationToken);
            var group = await LdapDirectory.FindGroupAsync(session, settings, input.Group, context.CancellationToken);
            var changed = false;
            if (await LdapDirectory.IsMemberAsync(session, settings, group, user, context.CancellationToken) != add)
            {
                var operation = add ? DirectoryAttributeOperation.Add : DirectoryAttributeOperation.Delete;
                var request = new ModifyRequest(group.Dn, operation, settings.GroupMemberAttribute, LdapDirectory.MemberValue(settings, user));
                try
                {
                    await session.SendAsync<ModifyResponse>(request, context.CancellationToken);
                    changed = true;
                }
                catch (DirectoryOperationException ex) when (ex.Response?.ResultCode is ResultCode.AttributeOrValueExists or ResultCode.NoSuchAttribute or ResultCode.EntryAlreadyExists)
                {
                    // Changed by someone else between the compare and the change: the membership asked for holds.
                }
                catch (DirectoryOperationException ex) when (!add && ex.Response?.ResultCode == ResultCode.ObjectClassViolation)
                {
                    return ActionFailure.Permanent($"Cannot remove {user.Dn} from {group.Dn}: the group's object class requires at least one member, and this is the last one.");
                }
            }

            context.Logger.LogInformation(changed
                ? $"{(add ? "Added" : "Removed")} {user.Dn} {(add ? "to" : "from")} {group.Dn}."
                : $"{user.Dn} already {(add ? "was" : "was not")} a member of {group.Dn}.");
            return new GroupMembershipOutput(input.User, user.Dn, group.Name, group.Dn, Member: add, Changed: changed);
        });

    public override Task<ActionResult<GroupMembershipOutput>> SimulateAsync(GroupMembershipInput input, ActionContext context) =>
        Task.FromResult<ActionResult<GroupMembershipOutput>>(
            string.IsNullOrWhiteSpace(input.User) ? ActionFailure.InvalidInput("user must not be empty.")
            : string.IsNullOrWhiteSpace(input.Group) ? ActionFailure.InvalidInput("group must not be empty.")
            : new GroupMembershipOutput(input.User, Dn: null, input.Group, GroupDn: null, Member: add, Changed: true));
}

internal sealed class AddToGroupAction(LdapDirectory directory) : GroupMembershipAction(directory, add: true)
{
    public override ActionMetadata Metadata { get; } = new(
        "add_to_group",
        "Adds a user to a directory group (the undo of remove_from_group).",
        ActionRisk.Medium)
    {
        Idempotent = true,
        UndoAction = "remove_from_group",
        OpenC2 = new OpenC2Mapping("set", "er:account", "er"),
    };
}

internal sealed class RemoveFromGroupAction(LdapDirectory directory) : GroupMembershipAction(directory, add: false)
{
    public override ActionMetadata Metadata { get; } = new(
        "remove_from_group",
        "Removes a user from a directory group, taking away what the group grants (the undo of add_to_group).",
        ActionRisk.Medium)
    {
        Idempotent = true,
        UndoAction = "add_to_group",
        OpenC2 = new OpenC2Mapping("set", "er:account", "er"),
    };
}
