using AgentSoar.Coordinator.Planning;
using Microsoft.Extensions.Configuration;

namespace AgentSoar.Coordinator.Tests.Planning;

public sealed class AutoStartPolicyConfigurationTests
{
    private static AutoStartPolicy Bind(Dictionary<string, string?> settings)
    {
        var options = new CoordinatorOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().Bind(options);
        return AutoStartPolicy.From(options);
    }

    [Fact]
    public void From_NothingConfigured_LetsEveryPlaybookStart()
    {
        Assert.Equal(["*"], Bind([]).Playbooks);
    }

    [Fact]
    public void From_AConfiguredList_IsExactlyThatList()
    {
        var policy = Bind(new() { ["AutoStartPlaybooks:0"] = "block-malicious-ip", ["AutoStartPlaybooks:1"] = "enrich-*" });

        Assert.Equal(["block-malicious-ip", "enrich-*"], policy.Playbooks);
    }
}
