using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Connectors.Nftables.Tests.Unit;

public sealed class OptionsValidationTests
{
    [Fact]
    public void Validate_NftablesDefaults_Valid() => Assert.Empty(Errors(new NftablesOptions()));

    [Theory]
    [InlineData(nameof(NftablesOptions.Table), "agent soar")]
    [InlineData(nameof(NftablesOptions.Table), "x;flush")]
    [InlineData(nameof(NftablesOptions.SetV4), "1set")]
    [InlineData(nameof(NftablesOptions.SetV6), "blocked_v4")]
    [InlineData(nameof(NftablesOptions.Family), "ip")]
    [InlineData(nameof(NftablesOptions.NftPath), "-nft")]
    [InlineData(nameof(NftablesOptions.NftPath), "nft --debug")]
    [InlineData(nameof(NftablesOptions.NetworkNamespace), "../etc")]
    [InlineData(nameof(NftablesOptions.NetworkNamespace), "-n")]
    public void Validate_NftablesBadValue_ErrorNamesTheMember(string member, string value)
    {
        var options = new NftablesOptions();
        typeof(NftablesOptions).GetProperty(member)!.SetValue(options, value);

        Assert.Contains(member, Errors(options).SelectMany(error => error.MemberNames));
    }

    [Fact]
    public void Validate_NftablesBadHooksAndNetworks_ErrorsNameTheIndex()
    {
        var options = new NftablesOptions { Hooks = ["input", "ingress", "input"], ProtectedNetworks = ["10.0.0.0/8", "10.0.0.1/8"] };

        var members = Errors(options).SelectMany(error => error.MemberNames).ToList();

        Assert.Equal(["Hooks:1", "Hooks:2", "ProtectedNetworks:1"], members);
    }

    [Fact]
    public void Validate_HostIsolationHostWithoutManagementAddress_Error()
    {
        var options = new HostIsolationOptions();
        options.Hosts["web-01"] = new IsolatedHostOptions { NetworkNamespace = "ns1" };

        var error = Assert.Single(Errors(options));

        Assert.Equal(["Hosts:web-01:ManagementAddresses"], error.MemberNames);
        Assert.Contains("management address", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HostIsolationSharedManagementAddresses_HostsWithoutTheirOwnAreValid()
    {
        var options = new HostIsolationOptions { ManagementAddresses = ["192.0.2.10"] };
        options.Hosts["web-01"] = new IsolatedHostOptions();

        Assert.Empty(Errors(options));
    }

    [Fact]
    public void Validate_HostIsolationBadValues_ErrorsNameTheMembers()
    {
        var options = new HostIsolationOptions { Table = "q-table", ManagementAddresses = ["not-an-ip"] };
        options.Hosts["bad host"] = new IsolatedHostOptions { NetworkNamespace = "a/b", ManagementAddresses = ["10.0.0.0/33"] };

        var members = Errors(options).SelectMany(error => error.MemberNames).ToList();

        Assert.Equal(["Table", "ManagementAddresses:0", "Hosts:bad host", "Hosts:bad host:NetworkNamespace", "Hosts:bad host:ManagementAddresses:0"], members);
    }

    private static List<ValidationResult> Errors(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
