using System.Text.Json.Nodes;
using AgentSoar.Engine.Runs;
using static AgentSoar.Engine.Tests.Runs.EngineFixture;

namespace AgentSoar.Engine.Tests.Runs;

public sealed class InputResolverTests
{
    private const string Yaml = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: p, name: P }
        inputs:
          ip: { type: ip, required: true, from: "${{ first_observable(alert, 'ip') }}" }
          hours: { type: number, default: 24 }
          note: { type: string }
        steps:
          - id: s
            action: case.comment
            with: { text: x }
        """;

    private static readonly JsonObject Incident = new() { ["id"] = "i" };

    [Fact]
    public void Resolve_FromAlertAndDefault_FillsBoth()
    {
        var result = InputResolver.Resolve(Load(Yaml), null, Alert("198.51.100.4"), Incident);

        Assert.True(result.Succeeded);
        Assert.Equal("198.51.100.4", result.Inputs["ip"]!.GetValue<string>());
        Assert.Equal(24, result.Inputs["hours"]!.GetValue<long>());
        Assert.False(result.Inputs.ContainsKey("note"));
    }

    [Fact]
    public void Resolve_GivenValue_WinsOverFrom()
    {
        var result = InputResolver.Resolve(Load(Yaml), new JsonObject { ["ip"] = "192.0.2.1" }, Alert("198.51.100.4"), Incident);

        Assert.Equal("192.0.2.1", result.Inputs["ip"]!.GetValue<string>());
    }

    [Fact]
    public void Resolve_WrongTypesAndUnknownInputs_ReportsEveryProblem()
    {
        var given = new JsonObject { ["ip"] = "not-an-ip", ["hours"] = "many", ["colour"] = "red" };

        var result = InputResolver.Resolve(Load(Yaml), given, Alert(), Incident);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("'colour' is not declared", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("'ip': expected an IP address", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("'hours': expected a number", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_RequiredMissingFromAlert_IsAnError()
    {
        var alert = new JsonObject { ["observables"] = new JsonArray() };

        var result = InputResolver.Resolve(Load(Yaml), null, alert, Incident);

        Assert.Contains(result.Errors, e => e.Contains("'ip' is required", StringComparison.Ordinal));
    }
}
