using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Console.Runs;
using AgentSoar.Contracts.Queries;

namespace AgentSoar.Console.Tests.Runs;

public sealed class RunViewMaskingTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    // The API's own naming (ConsoleHostExtensions): the fields a client reads.
    private static readonly JsonSerializerOptions Api = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [Fact]
    public void Mask_SecretNamedInputsAndOutputs_AreMaskedEverywhereInTheRun()
    {
        var run = Run(
            Step("post", inputs: """{"endpoint":"soc","body":{"api_token":"tok-123456","level":2},"headers":[{"Authorization":"Bearer abcdef"}]}""",
                output: """{"client_secret":"sec-987654","must_change_password":true}"""));

        var masked = RunViewMasking.Mask(run with { Inputs = Json("""{"password":"hunter22","ip":"203.0.113.7"}""") });

        var text = JsonSerializer.Serialize(masked, Api);
        Assert.DoesNotContain("tok-123456", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer abcdef", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sec-987654", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter22", text, StringComparison.Ordinal);
        var step = masked.Steps[0];
        Assert.Equal("***", step.Inputs!.Value.GetProperty("body").GetProperty("api_token").GetString());
        Assert.Equal(2, step.Inputs!.Value.GetProperty("body").GetProperty("level").GetInt32());
        Assert.True(step.Output!.Value.GetProperty("must_change_password").GetBoolean());
        Assert.Equal("203.0.113.7", masked.Inputs.GetProperty("ip").GetString());
    }

    [Fact]
    public void Mask_RunView_KeepsEveryTraceFieldOfEachStep()
    {
        var branch = Step("verdict", kind: "if") with
        {
            Detail = "the condition `steps.enrich.output.verdict == 'malicious'` was true: took 'then'",
            Taken = 0,
        };
        var block = Step("block", inputs: """{"ip":"203.0.113.7"}""", output: """{"blocked":true}""") with
        {
            Simulated = true,
            Attempt = 2,
            PreviousAttempts = [new StepAttemptView(1, "transient", "endpoint down", Start, Start.AddSeconds(1))],
        };

        var json = JsonNode.Parse(JsonSerializer.Serialize(RunViewMasking.Mask(Run(branch, block)), Api))!;

        var verdict = json["steps"]![0]!;
        Assert.Equal("succeeded", (string?)verdict["status"]);
        Assert.Equal(0, (int)verdict["taken"]!);
        Assert.Contains("was true: took 'then'", (string?)verdict["detail"], StringComparison.Ordinal);
        var blocked = json["steps"]![1]!;
        Assert.True((bool)blocked["simulated"]!);
        Assert.Equal("203.0.113.7", (string?)blocked["inputs"]!["ip"]);
        Assert.True((bool)blocked["output"]!["blocked"]!);
        Assert.Equal(Start, blocked["started_at"]!.GetValue<DateTimeOffset>());
        Assert.Equal(Start.AddSeconds(2), blocked["finished_at"]!.GetValue<DateTimeOffset>());
        Assert.Equal(2000, (double)blocked["duration_ms"]!);
        Assert.Equal(2, (int)blocked["attempt"]!);
        Assert.Equal("transient", (string?)blocked["previous_attempts"]![0]!["error_kind"]);
    }

    private static RunView Run(params StepView[] steps) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "block-malicious-ip", 1, "succeeded", null, "analyst", Start, Start, Json("{}"), null, steps);

    private static StepView Step(string id, string kind = "action", string? inputs = null, string? output = null) =>
        new(id, kind, "succeeded", kind == "action" ? "simulation" : null, kind == "action" ? "block_ip" : null,
            inputs is null ? null : Json(inputs), output is null ? null : Json(output), null, null, null, 1, Start, Start.AddSeconds(2), 2000);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
