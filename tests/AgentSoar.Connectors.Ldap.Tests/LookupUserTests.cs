using System.Text.Json;
using AgentSoar.Connectors.Ldap.Tests.TestSupport;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.Ldap.Tests;

[Collection(SlapdCollection.Name)]
public sealed class LookupUserTests(SlapdServer server)
{
    [Fact]
    public async Task LookupUser_Member_ReturnsDnAttributesAndGroups()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "lookup_user", """{"user":"alice"}""");

        var output = result.Completed!.Output;
        Assert.Equal(SlapdServer.UserDn("alice"), output.GetProperty("dn").GetString());
        Assert.Equal(["admins", "helpdesk"], Strings(output.GetProperty("groups")));
        Assert.Equal([$"cn=admins,{SlapdServer.Groups}", $"cn=helpdesk,{SlapdServer.Groups}"], Strings(output.GetProperty("group_dns")));
        Assert.False(output.GetProperty("disabled").GetBoolean());
        Assert.False(output.GetProperty("groups_truncated").GetBoolean());
        var attributes = output.GetProperty("attributes");
        Assert.Equal(["alice@example.test"], Strings(attributes.GetProperty("mail")));
        Assert.Equal(["Alice Archer"], Strings(attributes.GetProperty("cn")));
        Assert.False(attributes.TryGetProperty("userPassword", out _));
        Assert.DoesNotContain("alice-old-password", output.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupUser_ChosenAttributes_ReturnsOnlyThose()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "lookup_user", """{"user":"alice","attributes":["title","sn"]}""");

        var names = result.Completed!.Output.GetProperty("attributes").EnumerateObject().Select(property => property.Name);
        Assert.Equal(["sn", "title"], names);
    }

    [Theory]
    [InlineData("userPassword")]
    [InlineData("USERPASSWORD")]
    [InlineData("unicodePwd")]
    [InlineData("userPassword;binary")]
    public async Task LookupUser_PasswordAttributeRequested_InvalidInput(string attribute)
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "lookup_user", $$"""{"user":"alice","attributes":["mail","{{attribute}}"]}""");

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("never returned", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupUser_LockedAccount_ReportsDisabled()
    {
        await LdapTools.ModifyAsync(server, $"dn: {SlapdServer.UserDn("olga")}\nchangetype: modify\nreplace: pwdReset\npwdReset: TRUE\n");
        await LdapTools.ModifyAsync(server, $"dn: {SlapdServer.UserDn("star*")}\nchangetype: modify\nreplace: pwdAccountLockedTime\npwdAccountLockedTime: 000001010000Z\n");
        using var host = LdapHost.For(server);

        var locked = await host.ExecuteAsync("ldap", "lookup_user", """{"user":"star*"}""");
        var mustChange = await host.ExecuteAsync("ldap", "lookup_user", """{"user":"olga"}""");

        Assert.True(locked.Completed!.Output.GetProperty("disabled").GetBoolean());
        Assert.False(mustChange.Completed!.Output.GetProperty("disabled").GetBoolean());
        Assert.True(mustChange.Completed.Output.GetProperty("must_change_password").GetBoolean());
    }

    [Fact]
    public async Task LookupUser_ActiveDirectory_ReadsTheDisabledBitAndGroups()
    {
        using var host = new AccountStateTests(server).ActiveDirectoryHost();

        var active = await host.ExecuteAsync("ldap", "lookup_user", """{"user":"ivan","attributes":["sAMAccountName"]}""");

        var output = active.Completed!.Output;
        Assert.False(output.GetProperty("disabled").GetBoolean());
        Assert.Equal(["ad-admins"], Strings(output.GetProperty("groups")));
        Assert.Equal(["ivan"], Strings(output.GetProperty("attributes").GetProperty("sAMAccountName")));
    }

    [Fact]
    public async Task LookupUser_UnknownUser_NotFound()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "lookup_user", """{"user":"nobody"}""");

        Assert.Equal(ActionErrorKind.NotFound, result.Failed!.ErrorKind);
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString());
}
