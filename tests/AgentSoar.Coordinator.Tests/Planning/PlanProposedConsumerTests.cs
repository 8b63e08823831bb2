using System.Text.Json;
using AgentSoar.Contracts.Alerts;
using AgentSoar.Contracts.Planning;

namespace AgentSoar.Coordinator.Tests.Planning;

/// <summary>A plan over the bus: its decision record survives the trip and is stored as the plan's decision.</summary>
public sealed class PlanProposedConsumerTests
{
    private const string Playbook = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: block-ip, name: Block }
        inputs:
          ip: { type: ip, required: true, from: "${{ first_observable(alert, 'ip') }}" }
        steps:
          - id: s
            action: intel.lookup
            with: { ip: "${{ inputs.ip }}" }
        """;

    [Fact]
    public async Task Consume_LlmPlan_StoresTheDecisionRecordAndOnlyProposes()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        var alert = new AlertReceived(Guid.NewGuid(), "siem", CoordinatorHarness.Finding, "siem", DateTimeOffset.UnixEpoch);
        await harness.Bus.Publish(alert);
        var incident = await harness.WaitForAsync("an incident", async () => (await harness.Store.ListIncidentsAsync(10, default)).SingleOrDefault());

        await harness.Bus.Publish(new PlanProposed(incident.Id, alert.AlertId, "llm", "gpt-test",
            [new PlanCandidate("block-ip", 1, JsonSerializer.SerializeToElement(new { ip = "203.0.113.5" }), 0.97, "beacon to a bad IP", ["observables"])],
            TimeSpan.FromMilliseconds(900), DateTimeOffset.UnixEpoch)
        {
            AnsweredBy = "llm",
            PromptVersion = "planner-test",
            InputTokens = 1500,
            OutputTokens = 60,
            ModelLatency = TimeSpan.FromMilliseconds(850),
            Dropped = [new DroppedCandidate("block-ip", 0.9, "input 'ip': the ip '10.0.0.1' does not occur in the incident")],
        });
        var plan = await harness.WaitForAsync("a plan", async () => (await harness.Store.ListPlansAsync(incident.Id, default)).SingleOrDefault());

        var decision = JsonDocument.Parse(plan.DecisionJson).RootElement;
        Assert.Equal("llm", decision.GetProperty("planner").GetString());
        Assert.Equal("gpt-test", decision.GetProperty("model").GetString());
        Assert.Equal("planner-test", decision.GetProperty("prompt_version").GetString());
        Assert.Equal(1500, decision.GetProperty("tokens_in").GetInt64());
        Assert.Equal(60, decision.GetProperty("tokens_out").GetInt64());
        Assert.Equal(850, decision.GetProperty("model_latency_ms").GetDouble());
        Assert.False(decision.GetProperty("fallback").GetBoolean());
        Assert.Equal(0.97, decision.GetProperty("candidates")[0].GetProperty("confidence").GetDouble());
        Assert.Contains("10.0.0.1", decision.GetProperty("dropped")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("proposed", decision.GetProperty("action").GetString());
        Assert.Empty(await harness.Store.ListRunsAsync(incident.Id, 10, default));
    }
}
