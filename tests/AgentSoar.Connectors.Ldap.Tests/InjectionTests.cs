using AgentSoar.Connectors.Ldap.Tests.TestSupport;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.Ldap.Tests;

[Collection(SlapdCollection.Name)]
public sealed class InjectionTests(SlapdServer server)
{
    [Theory]
    [InlineData("*")]
    [InlineData("*)(uid=*")]
    [InlineData("alice)(|(uid=*")]
    [InlineData("*)(objectClass=*")]
    [InlineData("al*")]
    [InlineData("alice\\2a")]
    [InlineData("alice\u0000")]
    public async Task LookupUser_FilterInjection_MatchesNothing(string user)
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "lookup_user", $$"""{"user":{{System.Text.Json.JsonSerializer.Serialize(user)}}}""");

        Assert.Equal(ActionErrorKind.NotFound, result.Failed!.ErrorKind);
    }

    [Fact]
    public async Task DisableAccount_WildcardUser_NotFoundAndNoAccountLocked()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "disable_account", """{"user":"*)(uid=*"}""");

        Assert.Equal(ActionErrorKind.NotFound, result.Failed!.ErrorKind);
        Assert.Empty(await LdapTools.ValuesAsync(server, SlapdServer.UserDn("alice"), "pwdAccountLockedTime"));
    }

    [Fact]
    public async Task AddToGroup_WildcardGroup_NotFoundAndNoGroupChanged()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "add_to_group", """{"user":"bob","group":"*"}""");

        Assert.Equal(ActionErrorKind.NotFound, result.Failed!.ErrorKind);
        Assert.DoesNotContain(SlapdServer.UserDn("bob"), await LdapTools.ValuesAsync(server, "cn=admins," + SlapdServer.Groups, "member"));
    }

    [Theory]
    [InlineData("paren(x)")]
    [InlineData("star*")]
    public async Task LookupUser_NameWithFilterCharacters_FindsExactlyThatUser(string user)
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "lookup_user", $$"""{"user":"{{user}}"}""");

        Assert.Equal(SlapdServer.UserDn(user), result.Completed!.Output.GetProperty("dn").GetString());
    }

    [Fact]
    public async Task LookupUser_NameOfTwoEntries_InvalidInputNotAGuess()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "lookup_user", """{"user":"twin"}""");

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("more than one", result.Failed.Error, StringComparison.Ordinal);
    }
}
