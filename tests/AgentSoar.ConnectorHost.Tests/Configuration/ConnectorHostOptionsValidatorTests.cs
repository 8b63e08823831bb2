using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AgentSoar.ConnectorHost.Tests.Configuration;

public sealed class ConnectorHostOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var result = new ConnectorHostOptionsValidator().Validate(null, new ConnectorHostOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Options_InvalidValues_FailNamingEveryConfigurationPath()
    {
        using var host = new TestHost(new Dictionary<string, string?>
        {
            ["AgentSoar:ConnectorHost:DefaultMaxAttempts"] = "0",
            ["AgentSoar:ConnectorHost:CircuitBreakerFailureRatio"] = "2",
        });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<ConnectorHostOptions>>().Value);

        Assert.Contains("AgentSoar:ConnectorHost:DefaultMaxAttempts", error.Message, StringComparison.Ordinal);
        Assert.Contains("AgentSoar:ConnectorHost:CircuitBreakerFailureRatio", error.Message, StringComparison.Ordinal);
    }
}
