using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.Ldap.Tests;

/// <summary>Start without configuration, validation of the settings, and what the catalog says of each action. No server needed.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task Host_NoLdapSettings_StartsAndActionsFailAsNotConfigured()
    {
        using var host = new ConnectorTestHost(new Dictionary<string, string?>());

        var result = await host.ExecuteAsync("ldap", "disable_account", """{"user":"alice"}""", maxAttempts: 3);

        Assert.Contains("ldap", host.Registry.ConnectorNames);
        Assert.Equal(ActionErrorKind.Permanent, result.Failed!.ErrorKind);
        Assert.Equal(1, result.Failed.Attempts);
        Assert.Contains("not configured", result.Failed.Error, StringComparison.Ordinal);
        Assert.Contains("ServerUri", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulation_NoLdapSettings_MutatingActionsReportWhatTheyWouldDo()
    {
        using var host = new ConnectorTestHost(new Dictionary<string, string?> { ["AgentSoar:Connectors:Simulation"] = "true" });

        var disable = await host.ExecuteAsync("ldap", "disable_account", """{"user":"alice"}""");
        var reset = await host.ExecuteAsync("ldap", "reset_password", """{"user":"alice"}""");
        var lookup = await host.ExecuteAsync("ldap", "lookup_user", """{"user":"alice"}""");

        Assert.True(disable.Completed!.Simulated);
        Assert.True(disable.Completed.Output.GetProperty("disabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, disable.Completed.Output.GetProperty("dn").ValueKind);
        Assert.True(reset.Completed!.Output.GetProperty("must_change_password").GetBoolean());
        Assert.Equal(0, lookup.Completed!.Output.GetProperty("groups").GetArrayLength());
    }

    [Fact]
    public async Task TestConnection_NoServer_FailsSayingNotConfigured()
    {
        var result = await new LdapConnector().TestConnectionAsync(new ConnectorSetup { Options = new LdapOptions() }, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("not configured", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ServerUri", "http://dc1.example.org", "ServerUri")]
    [InlineData("ServerUri", "ldap://user:pw@dc1.example.org", "ServerUri")]
    [InlineData("Flavor", "ad", "Flavor")]
    [InlineData("UserFilter", "(uid=alice)", "UserFilter")]
    [InlineData("GroupMemberAttribute", "member)(x=*", "GroupMemberAttribute")]
    [InlineData("GroupMemberValue", "uid", "GroupMemberValue")]
    [InlineData("BaseDn", "", "BaseDn")]
    [InlineData("BindPassword", "", "BindPassword")]
    [InlineData("Timeout", "00:00:00", "Timeout")]
    public void Validate_BadSetting_NamesTheSetting(string key, string value, string member)
    {
        var options = new LdapOptions { ServerUri = "ldap://dc1.example.org", BaseDn = "dc=example,dc=org", BindDn = "cn=agentsoar,dc=example,dc=org", BindPassword = "x" };
        typeof(LdapOptions).GetProperty(key)!.SetValue(options, key == "Timeout" ? TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value);

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.Contains(results, result => result.MemberNames.Contains(member));
    }

    [Fact]
    public void Validate_Unconfigured_IsValid()
    {
        var options = new LdapOptions();

        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }

    [Fact]
    public void Host_BadServerUri_RefusesToStartNamingThePath()
    {
        using var host = new ConnectorTestHost(new Dictionary<string, string?> { ["AgentSoar:Connectors:ldap:ServerUri"] = "http://dc1", ["AgentSoar:Connectors:ldap:BaseDn"] = "dc=x" });

        var error = Assert.ThrowsAny<Exception>(() => host.Registry);

        Assert.Contains("AgentSoar:Connectors:ldap:ServerUri", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lookup_user", ActionRisk.Low, false, null, "query")]
    [InlineData("test", ActionRisk.Low, false, null, null)]
    [InlineData("disable_account", ActionRisk.High, true, "enable_account", "set")]
    [InlineData("enable_account", ActionRisk.Medium, true, "disable_account", "set")]
    [InlineData("reset_password", ActionRisk.High, true, null, "update")]
    [InlineData("add_to_group", ActionRisk.Medium, true, "remove_from_group", "set")]
    [InlineData("remove_from_group", ActionRisk.Medium, true, "add_to_group", "set")]
    public void Metadata_EachAction_DeclaresRiskMutationUndoAndOpenC2(string name, ActionRisk risk, bool mutating, string? undo, string? openC2Action)
    {
        var action = new LdapConnector().CreateActions(new ConnectorSetup()).Single(a => a.Metadata.Name == name).Metadata;

        Assert.Equal(risk, action.Risk);
        Assert.Equal(mutating, action.Mutating);
        Assert.Equal(undo, action.UndoAction);
        Assert.Equal(openC2Action, action.OpenC2?.Action);
        Assert.Equal(openC2Action is null ? null : "er:account", action.OpenC2?.Target);
    }
}
