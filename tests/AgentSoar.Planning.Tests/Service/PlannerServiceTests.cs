using System.Text.Json;
using AgentSoar.Contracts.Planning;
using AgentSoar.Planner;
using AgentSoar.Planning.Llm;
using AgentSoar.Planning.Llm.Prompt;
using AgentSoar.Planning.Rules;
using AgentSoar.Planning.Tests.Llm;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentSoar.Planning.Tests.Service;

/// <summary>The Planner service as wired from configuration: which planner answers, what its health says, what it publishes.</summary>
public sealed class PlannerServiceTests : IDisposable
{
    private readonly ScriptedLlmServer _server = new();

    public void Dispose() => _server.Dispose();

    private static IHost Build(Dictionary<string, string?> settings, bool harness = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        settings["AgentSoar:Planner:PlaybooksPath"] = Path.Combine(RepositoryRoot.Path, "playbooks");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddAgentSoarPlanner();
        if (harness)
        {
            builder.Services.AddMassTransitTestHarness(bus => bus.AddConsumer<PlanRequestedConsumer>());
        }

        return builder.Build();
    }

    private Dictionary<string, string?> Llm() => new()
    {
        ["AgentSoar:Planner:Kind"] = "llm",
        ["AgentSoar:Planner:Llm:Endpoint"] = _server.Endpoint,
        ["AgentSoar:Planner:Llm:Model"] = "gpt-test",
        ["AgentSoar:Planner:Llm:ApiKey"] = LlmTestKit.ApiKey,
    };

    private static async Task<HealthReportEntry> HealthAsync(IHost host) =>
        (await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["planner"];

    [Fact]
    public async Task AddAgentSoarPlanner_NoKind_RulesPlannerAndTheHealthSaysSo()
    {
        using var host = Build([]);

        Assert.IsType<RulesPlanner>(host.Services.GetRequiredService<IPlanner>());
        var health = await HealthAsync(host);
        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.Equal("rules planner", health.Description);
    }

    [Fact]
    public async Task AddAgentSoarPlanner_KindLlm_LlmPlannerAndTheHealthNamesModelAndHostButNotTheKey()
    {
        using var host = Build(Llm());

        Assert.IsType<LlmPlanner>(host.Services.GetRequiredService<IPlanner>());
        var health = await HealthAsync(host);
        Assert.Equal($"llm planner: model gpt-test at {new Uri(_server.Endpoint).GetLeftPart(UriPartial.Authority)}, rules planner as fallback", health.Description);
        Assert.DoesNotContain(LlmTestKit.ApiKey, JsonSerializer.Serialize(health.Data), StringComparison.Ordinal);
    }

    [Fact]
    public void AddAgentSoarPlanner_UnknownKind_StopsNamingThePath()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["AgentSoar:Planner:Kind"] = "oracle" }));

        Assert.Equal("AgentSoar:Planner:Kind: 'oracle' is not a planner; use rules or llm.", error.Message);
    }

    [Fact]
    public void AddAgentSoarPlanner_LlmWithoutEndpoint_OptionsFailNamingThePath()
    {
        var settings = Llm();
        settings.Remove("AgentSoar:Planner:Llm:Endpoint");
        using var host = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<LlmPlannerOptions>>().Value);

        Assert.Contains("AgentSoar:Planner:Llm:Endpoint is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consume_PlanRequestedWhileTheModelFails_PublishesTheRulesAnswerWithTheWholeRecord()
    {
        _server.Reply(new ScriptedReply(503, "{}"));
        using var host = Build(Llm(), harness: true);
        await host.StartAsync();
        var harness = host.Services.GetRequiredService<ITestHarness>();
        var finding = JsonSerializer.SerializeToElement(LlmTestKit.C2Beacon());

        await harness.Bus.Publish(new PlanRequested(Guid.NewGuid(), Guid.NewGuid(), finding, DateTimeOffset.UnixEpoch));

        Assert.True(await harness.Published.Any<PlanProposed>());
        var plan = harness.Published.Select<PlanProposed>().Single().Context.Message;
        Assert.Equal("llm", plan.PlannerKind);
        Assert.Equal("rules", plan.AnsweredBy);
        Assert.True(plan.Fallback);
        Assert.Equal("the model endpoint answered HTTP 503", plan.FallbackReason);
        Assert.Equal(PlannerPrompt.Version, plan.PromptVersion);
        Assert.Equal("gpt-test", plan.Model);
        Assert.NotNull(plan.ModelLatency);
        Assert.Equal("block-malicious-ip", plan.Candidates[0].PlaybookId);
        await host.StopAsync();
    }
}
