using AgentSoar.Connectors.Ldap.Tests.TestSupport;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.Ldap.Tests;

[Collection(SlapdCollection.Name)]
public sealed class GroupMembershipTests(SlapdServer server)
{
    private const string Helpdesk = "cn=helpdesk," + SlapdServer.Groups;
    private const string Vpn = "cn=vpn," + SlapdServer.Groups;

    [Fact]
    public async Task AddToGroup_NotAMember_AddsTheUsersDn()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "add_to_group", """{"user":"frank","group":"helpdesk"}""");

        var output = result.Completed!.Output;
        Assert.True(output.GetProperty("changed").GetBoolean());
        Assert.True(output.GetProperty("member").GetBoolean());
        Assert.Equal(Helpdesk, output.GetProperty("group_dn").GetString());
        Assert.Contains(SlapdServer.UserDn("frank"), await LdapTools.ValuesAsync(server, Helpdesk, "member"));
    }

    [Fact]
    public async Task RemoveFromGroup_Member_RemovesTheUsersDnAndAddPutsItBack()
    {
        using var host = LdapHost.For(server);

        var removed = await host.ExecuteAsync("ldap", "remove_from_group", """{"user":"frank","group":"vpn"}""");
        var afterRemove = await LdapTools.ValuesAsync(server, Vpn, "member");
        var undone = await host.ExecuteAsync("ldap", "add_to_group", """{"user":"frank","group":"vpn"}""");

        Assert.True(removed.Completed!.Output.GetProperty("changed").GetBoolean());
        Assert.DoesNotContain(SlapdServer.UserDn("frank"), afterRemove);
        Assert.Contains(SlapdServer.UserDn("carol"), afterRemove);
        Assert.True(undone.Completed!.Output.GetProperty("changed").GetBoolean());
        Assert.Contains(SlapdServer.UserDn("frank"), await LdapTools.ValuesAsync(server, Vpn, "member"));
    }

    [Fact]
    public async Task AddToGroup_AlreadyAMember_SucceedsWithoutChange()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "add_to_group", """{"user":"alice","group":"admins"}""");

        Assert.False(result.Completed!.Output.GetProperty("changed").GetBoolean());
        Assert.Equal(2, (await LdapTools.ValuesAsync(server, "cn=admins," + SlapdServer.Groups, "member")).Count);
    }

    [Fact]
    public async Task RemoveFromGroup_NotAMember_SucceedsWithoutChange()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "remove_from_group", """{"user":"bob","group":"admins"}""");

        Assert.False(result.Completed!.Output.GetProperty("changed").GetBoolean());
        Assert.False(result.Completed.Output.GetProperty("member").GetBoolean());
    }

    [Fact]
    public async Task RemoveFromGroup_LastMemberOfGroupOfNames_PermanentFailureSayingWhy()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "remove_from_group", """{"user":"grace","group":"solo"}""");

        Assert.Equal(ActionErrorKind.Permanent, result.Failed!.ErrorKind);
        Assert.Contains("last one", result.Failed.Error, StringComparison.Ordinal);
        Assert.Equal([SlapdServer.UserDn("grace")], await LdapTools.ValuesAsync(server, "cn=solo," + SlapdServer.Groups, "member"));
    }

    [Fact]
    public async Task AddToGroup_UnknownGroup_NotFound()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "add_to_group", """{"user":"frank","group":"no-such-group"}""");

        Assert.Equal(ActionErrorKind.NotFound, result.Failed!.ErrorKind);
        Assert.Contains("'no-such-group'", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddToGroup_PosixGroupByUserName_AddsTheMemberUid()
    {
        using var host = LdapHost.For(server, new Dictionary<string, string?>
        {
            ["GroupFilter"] = "(objectClass=posixGroup)",
            ["GroupMemberAttribute"] = "memberUid",
            ["GroupMemberValue"] = "user_name",
        });

        var added = await host.ExecuteAsync("ldap", "add_to_group", """{"user":"leo","group":"developers"}""");
        var lookup = await host.ExecuteAsync("ldap", "lookup_user", """{"user":"leo"}""");

        Assert.True(added.Completed!.Output.GetProperty("changed").GetBoolean());
        Assert.Contains("leo", await LdapTools.ValuesAsync(server, "cn=developers," + SlapdServer.Groups, "memberUid"));
        Assert.Equal(["developers"], lookup.Completed!.Output.GetProperty("groups").EnumerateArray().Select(group => group.GetString()));
    }
}
