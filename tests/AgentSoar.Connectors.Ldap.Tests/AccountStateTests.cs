using AgentSoar.Connectors.Ldap.Tests.TestSupport;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.Ldap.Tests;

[Collection(SlapdCollection.Name)]
public sealed class AccountStateTests(SlapdServer server)
{
    private const string Locked = "000001010000Z";

    [Fact]
    public async Task DisableAccount_OpenLdapUser_SetsThePpolicyLockAndTheUserCannotBind()
    {
        Assert.True(await LdapTools.CanBindAsync(server, SlapdServer.UserDn("bob"), "bob-old-password"));
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "disable_account", """{"user":"bob"}""");

        var output = result.Completed!.Output;
        Assert.True(output.GetProperty("disabled").GetBoolean());
        Assert.True(output.GetProperty("changed").GetBoolean());
        Assert.Equal(SlapdServer.UserDn("bob"), output.GetProperty("dn").GetString());
        Assert.Equal([Locked], await LdapTools.ValuesAsync(server, SlapdServer.UserDn("bob"), "pwdAccountLockedTime"));
        Assert.False(await LdapTools.CanBindAsync(server, SlapdServer.UserDn("bob"), "bob-old-password"));
    }

    [Fact]
    public async Task EnableAccount_AfterDisable_RemovesTheLockAndTheUserCanBindAgain()
    {
        using var host = LdapHost.For(server);
        await host.ExecuteAsync("ldap", "disable_account", """{"user":"dave"}""");
        Assert.False(await LdapTools.CanBindAsync(server, SlapdServer.UserDn("dave"), "dave-old-password"));

        var result = await host.ExecuteAsync("ldap", "enable_account", """{"user":"dave"}""");

        Assert.False(result.Completed!.Output.GetProperty("disabled").GetBoolean());
        Assert.True(result.Completed.Output.GetProperty("changed").GetBoolean());
        Assert.Empty(await LdapTools.ValuesAsync(server, SlapdServer.UserDn("dave"), "pwdAccountLockedTime"));
        Assert.True(await LdapTools.CanBindAsync(server, SlapdServer.UserDn("dave"), "dave-old-password"));
    }

    [Fact]
    public async Task DisableAccount_AlreadyDisabled_SucceedsWithoutChange()
    {
        using var host = LdapHost.For(server);
        await host.ExecuteAsync("ldap", "disable_account", """{"user":"erin"}""");

        var again = await host.ExecuteAsync("ldap", "disable_account", """{"user":"erin"}""");

        Assert.True(again.Completed!.Output.GetProperty("disabled").GetBoolean());
        Assert.False(again.Completed.Output.GetProperty("changed").GetBoolean());
        Assert.Equal([Locked], await LdapTools.ValuesAsync(server, SlapdServer.UserDn("erin"), "pwdAccountLockedTime"));
    }

    [Fact]
    public async Task DisableAccount_TemporaryLockoutByTheServer_MadePermanent()
    {
        await LdapTools.ModifyAsync(server, $"dn: {SlapdServer.UserDn("ned")}\nchangetype: modify\nreplace: pwdAccountLockedTime\npwdAccountLockedTime: 20300101000000Z\n");
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "disable_account", """{"user":"ned"}""");

        Assert.True(result.Completed!.Output.GetProperty("changed").GetBoolean());
        Assert.Equal([Locked], await LdapTools.ValuesAsync(server, SlapdServer.UserDn("ned"), "pwdAccountLockedTime"));
    }

    [Fact]
    public async Task EnableAccount_NotDisabled_SucceedsWithoutChange()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "enable_account", """{"user":"kim"}""");

        Assert.False(result.Completed!.Output.GetProperty("changed").GetBoolean());
        Assert.True(await LdapTools.CanBindAsync(server, SlapdServer.UserDn("kim"), "kim-old-password"));
    }

    [Fact]
    public async Task DisableAccount_ConfiguredAttribute_SetsAndEnableRemovesThatAttribute()
    {
        using var host = LdapHost.For(server, new Dictionary<string, string?> { ["DisableAttribute"] = "employeeType", ["DisableValue"] = "disabled" });

        await host.ExecuteAsync("ldap", "disable_account", """{"user":"carol"}""");
        var whileDisabled = await LdapTools.ValuesAsync(server, SlapdServer.UserDn("carol"), "employeeType");
        var lookup = await host.ExecuteAsync("ldap", "lookup_user", """{"user":"carol"}""");
        await host.ExecuteAsync("ldap", "enable_account", """{"user":"carol"}""");

        Assert.Equal(["disabled"], whileDisabled);
        Assert.True(lookup.Completed!.Output.GetProperty("disabled").GetBoolean());
        Assert.Empty(await LdapTools.ValuesAsync(server, SlapdServer.UserDn("carol"), "employeeType"));
        Assert.Empty(await LdapTools.ValuesAsync(server, SlapdServer.UserDn("carol"), "pwdAccountLockedTime"));
    }

    [Fact]
    public async Task DisableAccount_UnknownUser_NotFound()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "disable_account", """{"user":"nobody"}""");

        Assert.Equal(ActionErrorKind.NotFound, result.Failed!.ErrorKind);
        Assert.Contains("'nobody'", result.Failed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("peggy", 512, 514)]
    [InlineData("mallory", 66048, 66050)]
    public async Task DisableAccount_ActiveDirectory_SetsBit2AndKeepsTheOtherFlags(string user, int before, int after)
    {
        using var host = ActiveDirectoryHost();
        Assert.Equal([$"{before}"], await LdapTools.ValuesAsync(server, AdDn(user), "userAccountControl"));

        var result = await host.ExecuteAsync("ldap", "disable_account", $$"""{"user":"{{user}}"}""");

        Assert.True(result.Completed!.Output.GetProperty("changed").GetBoolean());
        Assert.Equal([$"{after}"], await LdapTools.ValuesAsync(server, AdDn(user), "userAccountControl"));
        Assert.Empty(await LdapTools.ValuesAsync(server, AdDn(user), "pwdAccountLockedTime"));
    }

    [Fact]
    public async Task EnableAccount_ActiveDirectory_ClearsBit2()
    {
        using var host = ActiveDirectoryHost();

        var result = await host.ExecuteAsync("ldap", "enable_account", """{"user":"judy"}""");

        Assert.True(result.Completed!.Output.GetProperty("changed").GetBoolean());
        Assert.Equal(["512"], await LdapTools.ValuesAsync(server, AdDn("judy"), "userAccountControl"));
    }

    internal static string AdDn(string cn) => $"cn={cn},{SlapdServer.AdPeople}";

    internal ConnectorTestHost ActiveDirectoryHost() => LdapHost.For(server, new Dictionary<string, string?>
    {
        ["Flavor"] = "active_directory",
        ["BaseDn"] = SlapdServer.AdPeople,
        // The msuser schema gives sAMAccountName no equality rule, so the tests find users by cn.
        ["UserFilter"] = "(&(objectClass=user)(cn={user}))",
    });
}
