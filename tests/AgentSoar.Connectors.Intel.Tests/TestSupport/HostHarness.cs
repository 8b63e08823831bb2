using System.Text.Json;
using AgentSoar.ConnectorHost;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSoar.Connectors.Intel.Tests.TestSupport;

/// <summary>The connector host's services with the given settings: the intel connector as the host runs it.</summary>
public sealed class HostHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    public HostHarness(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AgentSoar:ConnectorHost:RetryBaseDelay"] = "00:00:00.001",
            ["AgentSoar:ConnectorHost:RetryMaxDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddAgentSoarConnectorHost(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    public static string Canary => "canary-7c1e-intel-secret";

    public ConnectorRegistry Registry => _provider.GetRequiredService<ConnectorRegistry>();

    public Task<ActionExecutionResult> ExecuteAsync(string action, string inputsJson, int maxAttempts = 1) =>
        _provider.GetRequiredService<ActionExecutor>().ExecuteAsync(
            new ExecuteAction(
                Guid.NewGuid(),
                Guid.NewGuid(),
                Guid.NewGuid(),
                "step-1",
                "intel",
                action,
                JsonDocument.Parse(inputsJson).RootElement.Clone(),
                Guid.NewGuid().ToString("N"),
                TimeSpan.FromSeconds(10),
                maxAttempts,
                new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            CancellationToken.None);

    public void Dispose() => _provider.Dispose();
}
