using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.ConnectorHost;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Connectors.Intel;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Connectors.Testing;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSoar.Connectors.Conformance.Tests;

/// <summary>
/// The <c>intel</c> connector passes the conformance kit with a real source: a plain-list feed, written by the test,
/// that holds the kit's sample indicators, so every lookup the kit makes is a real one. Beside it, an optional
/// reputation service on a closed loopback port, whose API key is the canary.
/// </summary>
public sealed class IntelConformanceTests : ConnectorConformanceTests<IntelConnector>, IDisposable
{
    private readonly DirectoryInfo _feeds = Directory.CreateTempSubdirectory("agentsoar-intel-conformance-");

    public IntelConformanceTests()
    {
        var feed = Path.Combine(_feeds.FullName, "blocklist.txt");
        File.WriteAllLines(feed,
        [
            "# the samples the kit looks up",
            .. Samples.Fill(new JsonObject { ["ip"] = "", ["domain"] = "", ["url"] = "", ["hash"] = "" }).Select(pair => (string)pair.Value!),
        ]);
        ConnectorSettings = new Dictionary<string, string?>
        {
            ["Sources:feed:Type"] = "List",
            ["Sources:feed:Path"] = feed,
            ["Sources:reputation:Type"] = "Http",
            ["Sources:reputation:UrlTemplate"] = $"http://127.0.0.1:{ClosedPort.Get()}/lookup/{{value}}",
            ["Sources:reputation:VerdictPath"] = "verdict",
            ["Sources:reputation:Optional"] = "true",
        };
    }

    protected override IReadOnlyDictionary<string, string?> ConnectorSettings { get; }

    protected override string CanarySecretKey => "Sources:reputation:ApiKey";

    public void Dispose() => _feeds.Delete(recursive: true);

    /// <summary>The kit's sample input of every lookup is found in the feed: the kit's checks run real lookups.</summary>
    [Theory]
    [InlineData("lookup_ip")]
    [InlineData("lookup_domain")]
    [InlineData("lookup_url")]
    [InlineData("lookup_hash")]
    public async Task Lookup_KitsSampleInput_IsFoundInTheFeed(string action)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(ConnectorSettings.Select(pair => new KeyValuePair<string, string?>($"AgentSoar:Connectors:intel:{pair.Key}", pair.Value)))
            .Build();
        using var services = new ServiceCollection().AddAgentSoarConnectorHost(configuration).BuildServiceProvider();
        var registry = services.GetRequiredService<ConnectorRegistry>();
        Assert.True(registry.TryGetAction("intel", action, out _, out var registered));

        var result = await services.GetRequiredService<ActionExecutor>().ExecuteAsync(Command(action, SampleInput(registered.Action)), CancellationToken.None);

        Assert.True(result.Succeeded, result.Failed?.Error);
        var output = result.Completed!.Output;
        Assert.Equal("malicious", output.GetProperty("verdict").GetString());
        Assert.Contains(output.GetProperty("sources").EnumerateArray(), source => source.GetProperty("name").GetString() == "feed");
        Assert.Contains(output.GetProperty("unavailable").EnumerateArray(), source => source.GetString()!.Contains("'reputation'", StringComparison.Ordinal));
    }

    protected override JsonObject SampleInput(ConnectorAction action) => Samples.Fill(base.SampleInput(action));

    private static ExecuteAction Command(string action, JsonObject input) => new(
        Guid.NewGuid(),
        Guid.NewGuid(),
        Guid.NewGuid(),
        "conformance",
        "intel",
        action,
        JsonSerializer.SerializeToElement(input),
        Guid.NewGuid().ToString("N"),
        TimeSpan.FromSeconds(10),
        1,
        TimeProvider.System.GetUtcNow());
}
