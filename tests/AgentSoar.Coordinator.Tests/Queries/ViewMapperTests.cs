using System.Text.Json.Nodes;
using AgentSoar.Contracts.Queries;
using AgentSoar.Coordinator.Queries;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Engine.Runs;

namespace AgentSoar.Coordinator.Tests.Queries;

public sealed class ViewMapperTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void ToView_Run_GivesEachStepItsTraceFields()
    {
        var view = ViewMapper.ToView(RunStateJson.ToRecord(Run()));

        var verdict = view.Steps[0];
        Assert.Equal(0, verdict.Taken);
        Assert.Equal("the condition `x` was true: took 'then'", verdict.Detail);
        var block = view.Steps[1];
        Assert.True(block.Simulated);
        Assert.Null(verdict.Inputs);
        Assert.Equal("succeeded", block.Status);
        Assert.Equal(Start, block.StartedAt);
        Assert.Equal(Start.AddSeconds(3), block.FinishedAt);
        Assert.Equal(3000, block.DurationMs);
        Assert.True(block.Output!.Value.GetProperty("blocked").GetBoolean());
        Assert.Equal(2, block.Attempt);
        Assert.Equal(new StepAttemptView(1, "transient", "endpoint down", Start, Start.AddSeconds(1)), Assert.Single(block.PreviousAttempts));
    }

    [Fact]
    public void ToView_SecretNamedValues_AreMaskedBeforeTheViewLeaves()
    {
        var view = ViewMapper.ToView(RunStateJson.ToRecord(Run()));

        var block = view.Steps[1];
        Assert.Equal("***", block.Inputs!.Value.GetProperty("api_key").GetString());
        Assert.Equal("203.0.113.7", block.Inputs!.Value.GetProperty("ip").GetString());
        Assert.Equal("***", view.Inputs.GetProperty("password").GetString());
        Assert.DoesNotContain("k-123456", block.Inputs!.Value.GetRawText(), StringComparison.Ordinal);
    }

    private static RunState Run() =>
        new RunState(Guid.NewGuid(), Guid.NewGuid(), "block-malicious-ip", 1, "hash", "analyst", null, [], new JsonObject { ["password"] = "hunter22" }, Start)
        {
            Status = RunStatus.Succeeded,
            Steps =
            [
                new StepState("verdict", "if", StepStatus.Succeeded) { Taken = 0, Detail = "the condition `x` was true: took 'then'", StartedAt = Start, FinishedAt = Start },
                new StepState("block", "action", StepStatus.Succeeded)
                {
                    Connector = "simulation",
                    Action = "block_ip",
                    Inputs = new JsonObject { ["ip"] = "203.0.113.7", ["api_key"] = "k-123456" },
                    Output = new JsonObject { ["blocked"] = true },
                    Simulated = true,
                    Attempts = 1,
                    Attempt = 2,
                    PreviousAttempts = [new StepAttempt(1, "transient", "endpoint down", Start, Start.AddSeconds(1))],
                    StartedAt = Start,
                    FinishedAt = Start.AddSeconds(3),
                },
            ],
        };
}
