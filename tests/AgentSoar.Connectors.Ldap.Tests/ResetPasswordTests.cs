using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgentSoar.Connectors.Ldap.Tests.TestSupport;

namespace AgentSoar.Connectors.Ldap.Tests;

[Collection(SlapdCollection.Name)]
public sealed class ResetPasswordTests(SlapdServer server)
{
    [Fact]
    public async Task ResetPassword_OpenLdapUser_OldPasswordStopsWorkingAndTheServerStoresAHash()
    {
        var dn = SlapdServer.UserDn("heidi");
        var before = await LdapTools.ValuesAsync(server, dn, "userPassword");
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "reset_password", """{"user":"heidi"}""");

        Assert.True(result.Completed!.Output.GetProperty("password_changed").GetBoolean());
        Assert.False(await LdapTools.CanBindAsync(server, dn, "heidi-old-password"));
        var after = Assert.Single(await LdapTools.ValuesAsync(server, dn, "userPassword"));
        Assert.NotEqual(Assert.Single(before), after);
        Assert.StartsWith("{SSHA}", Encoding.UTF8.GetString(Convert.FromBase64String(after)), StringComparison.Ordinal);
        Assert.Equal(["TRUE"], await LdapTools.ValuesAsync(server, dn, "pwdReset"));
    }

    [Fact]
    public async Task ResetPassword_Output_HasNoFieldBeyondTheStatus()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "reset_password", """{"user":"leo","must_change_password":false}""");

        var names = result.Completed!.Output.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["dn", "must_change_password", "password_changed", "user"], names);
        Assert.False(result.Completed.Output.GetProperty("must_change_password").GetBoolean());
        Assert.Empty(await LdapTools.ValuesAsync(server, SlapdServer.UserDn("leo"), "pwdReset"));
        Assert.False(await LdapTools.CanBindAsync(server, SlapdServer.UserDn("leo"), "leo-old-password"));
    }

    [Fact]
    public async Task ResetPassword_NewPassword_AppearsInNoOutputOrLog()
    {
        // The new password is unknown to the test: every token of the generator's alphabet and length
        // that the host published or logged is tried as the password, and none may work.
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "reset_password", """{"user":"mia","must_change_password":false}""");

        Assert.True(result.Succeeded);
        var everything = host.Everything(result);
        var candidates = Regex.Matches(everything, @"[A-Za-z0-9!#%+\-=?@^_~]{24}").Select(match => match.Value).Distinct().ToList();
        foreach (var candidate in candidates)
        {
            Assert.False(await LdapTools.CanBindAsync(server, SlapdServer.UserDn("mia"), candidate), "The new password was published or logged.");
        }

        Assert.Contains(host.Logs, line => line.Contains("Reset the password of uid=mia", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResetPassword_ActiveDirectory_WritesAQuotedUtf16UnicodePwdAndPwdLastSetZero()
    {
        using var host = new AccountStateTests(server).ActiveDirectoryHost();

        var result = await host.ExecuteAsync("ldap", "reset_password", """{"user":"trent"}""");

        Assert.True(result.Succeeded, result.Failed?.Error);
        var stored = Convert.FromBase64String(Assert.Single(await LdapTools.ValuesAsync(server, AccountStateTests.AdDn("trent"), "unicodePwd")));
        var text = Encoding.Unicode.GetString(stored);
        Assert.Equal(24 + 2, text.Length);
        Assert.True(text.StartsWith('"') && text.EndsWith('"'));
        Assert.Equal(["0"], await LdapTools.ValuesAsync(server, AccountStateTests.AdDn("trent"), "pwdLastSet"));
        Assert.DoesNotContain(text.Trim('"'), JsonSerializer.Serialize(result.Completed), StringComparison.Ordinal);
    }
}
