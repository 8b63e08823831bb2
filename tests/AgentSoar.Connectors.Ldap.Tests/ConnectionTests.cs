using System.Net;
using System.Net.Sockets;
using AgentSoar.Connectors.Ldap.Tests.TestSupport;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.Ldap.Tests;

[Collection(SlapdCollection.Name)]
public sealed class ConnectionTests(SlapdServer server)
{
    private const string WrongPassword = "canary-wrong-7d0b41e2";

    [Fact]
    public async Task Test_Configured_BindsAndReadsTheBase()
    {
        using var host = LdapHost.For(server);

        var result = await host.ExecuteAsync("ldap", "test");

        var output = result.Completed!.Output;
        Assert.Equal(server.Uri, output.GetProperty("server").GetString());
        Assert.Equal(SlapdServer.AdminDn, output.GetProperty("bound_as").GetString());
        Assert.Equal("openldap", output.GetProperty("flavor").GetString());
    }

    [Fact]
    public async Task Test_WrongBindPassword_UnauthorizedAndThePasswordNowhere()
    {
        using var host = new ConnectorTestHost(LdapHost.Settings(server.Uri, WrongPassword));

        var result = await host.ExecuteAsync("ldap", "test", maxAttempts: 3);

        Assert.Equal(ActionErrorKind.Unauthorized, result.Failed!.ErrorKind);
        Assert.Equal(1, result.Failed.Attempts);
        Assert.Contains(SlapdServer.AdminDn, result.Failed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongPassword, host.Everything(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupUser_WrongBindPasswordWithoutHostMasking_FailureAndLogsNeverHoldThePassword()
    {
        var options = Direct.Options(server);
        options.BindPassword = WrongPassword;
        var direct = new Direct(options, WrongPassword);

        var result = await direct.ExecuteAsync("lookup_user", new LookupUserInput("alice"));

        Assert.Equal(ActionFailureKind.Unauthorized, result.Failure!.Kind);
        Assert.DoesNotContain(WrongPassword, result.Failure.Message, StringComparison.Ordinal);
        Assert.All(direct.Log.Lines, line => Assert.DoesNotContain(WrongPassword, line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Test_NothingListens_TransientFailure()
    {
        using var host = new ConnectorTestHost(LdapHost.Settings($"ldap://127.0.0.1:{ClosedPort()}", SlapdServer.AdminPassword));

        var result = await host.ExecuteAsync("ldap", "lookup_user", """{"user":"alice"}""");

        Assert.Equal(ActionErrorKind.Transient, result.Failed!.ErrorKind);
        Assert.DoesNotContain(SlapdServer.AdminPassword, host.Everything(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupUser_ServerNeverAnswers_TransientFailureWithinTheTimeout()
    {
        // Accepts the connection and says nothing, like a hung server.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var settings = LdapHost.Settings($"ldap://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}", SlapdServer.AdminPassword);
        settings["AgentSoar:Connectors:ldap:Timeout"] = "00:00:00.500";
        using var host = new ConnectorTestHost(settings);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await host.ExecuteAsync("ldap", "lookup_user", """{"user":"alice"}""");

        Assert.Equal(ActionErrorKind.Transient, result.Failed!.ErrorKind);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Actions_ThroughTheHost_BindPasswordNeverInOutputsErrorsOrLogs()
    {
        using var host = LdapHost.For(server);

        var results = new[]
        {
            await host.ExecuteAsync("ldap", "test"),
            await host.ExecuteAsync("ldap", "lookup_user", """{"user":"pat"}"""),
            await host.ExecuteAsync("ldap", "disable_account", """{"user":"pat"}"""),
            await host.ExecuteAsync("ldap", "enable_account", """{"user":"pat"}"""),
            await host.ExecuteAsync("ldap", "add_to_group", """{"user":"pat","group":"helpdesk"}"""),
            await host.ExecuteAsync("ldap", "remove_from_group", """{"user":"pat","group":"helpdesk"}"""),
            await host.ExecuteAsync("ldap", "reset_password", """{"user":"pat"}"""),
            await host.ExecuteAsync("ldap", "lookup_user", """{"user":"nobody"}"""),
        };

        Assert.Equal(7, results.Count(result => result.Succeeded));
        Assert.All(results, result => Assert.DoesNotContain(SlapdServer.AdminPassword, host.Everything(result), StringComparison.Ordinal));
        Assert.NotEmpty(host.Logs);
    }

    [Fact]
    public async Task Actions_WithoutHostMasking_BindPasswordNeverInOutputsOrLogs()
    {
        var direct = new Direct(Direct.Options(server), SlapdServer.AdminPassword);

        var results = new[]
        {
            await direct.ExecuteAsync("test", new TestInput()),
            await direct.ExecuteAsync("lookup_user", new LookupUserInput("alice", ["cn", "mail", "title"])),
            await direct.ExecuteAsync("add_to_group", new GroupMembershipInput("alice", "admins")),
            await direct.ExecuteAsync("enable_account", new UserInput("nobody")),
        };

        Assert.Equal(3, results.Count(result => result.IsSuccess));
        foreach (var result in results)
        {
            Assert.DoesNotContain(SlapdServer.AdminPassword, System.Text.Json.JsonSerializer.Serialize(result.BoxedOutput, ConnectorJson.Options), StringComparison.Ordinal);
            Assert.DoesNotContain(SlapdServer.AdminPassword, result.Failure?.Message ?? "", StringComparison.Ordinal);
        }

        Assert.All(direct.Log.Lines, line => Assert.DoesNotContain(SlapdServer.AdminPassword, line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TestConnection_Configured_SucceedsWithoutThePassword()
    {
        var result = await new LdapConnector().TestConnectionAsync(
            new ConnectorSetup { Options = Direct.Options(server), Secrets = new Direct.Store(SlapdServer.AdminPassword) },
            CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains(SlapdServer.Suffix, result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SlapdServer.AdminPassword, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulation_ConfiguredDirectory_LookupReadsForRealAndDisableChangesNothing()
    {
        using var host = LdapHost.For(server, new Dictionary<string, string?> { ["Simulation"] = "true" });

        var lookup = await host.ExecuteAsync("ldap", "lookup_user", """{"user":"alice"}""");
        var disable = await host.ExecuteAsync("ldap", "disable_account", """{"user":"alice"}""");

        Assert.Equal(SlapdServer.UserDn("alice"), lookup.Completed!.Output.GetProperty("dn").GetString());
        Assert.True(disable.Completed!.Simulated);
        Assert.True(disable.Completed.Output.GetProperty("disabled").GetBoolean());
        Assert.Empty(await LdapTools.ValuesAsync(server, SlapdServer.UserDn("alice"), "pwdAccountLockedTime"));
        Assert.True(await LdapTools.CanBindAsync(server, SlapdServer.UserDn("alice"), "alice-old-password"));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
