using System.Text.Json.Nodes;
using AgentSoar.Cli.Playbooks.Running;
using AgentSoar.Cli.Playbooks.Tracing;
using AgentSoar.Cli.Tests.TestSupport;
using AgentSoar.ConnectorHost;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Engine.Runs;

namespace AgentSoar.Cli.Tests.Playbooks.Running;

public sealed class SimulatedActionsTests : IDisposable
{
    private readonly TraceAnnotations _annotations = new();
    private readonly SimulationHost _host = SimulationHost.Start(new FixedClock(), services => services.AddAgentSoarConnector<FeedConnector>());
    private readonly RunState _run = new(Guid.NewGuid(), Guid.Empty, "p", 1, "hash", "tester", null, [], [], FixedClock.Instant);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task CarryOut_ReadOnlyActionOfAnotherConnector_FailsAsNotConfigured()
    {
        var result = await Actions().CarryOutAsync(Dispatch("feed", "lookup"), _run, () => FixedClock.Instant, CancellationToken.None);

        var failed = Assert.IsType<ActionFailedEvent>(result);
        Assert.Equal("not_configured", failed.ErrorKind);
        Assert.Contains("'feed' connector is not configured", failed.Error, StringComparison.Ordinal);
        Assert.Equal(StepEffects.NotConfigured, _annotations.EffectOf("step"));
        Assert.Equal(0, FeedConnector.Calls);
    }

    [Fact]
    public async Task CarryOut_MutatingActionOfAnotherConnector_IsRecordedNotSent()
    {
        var result = await Actions().CarryOutAsync(Dispatch("feed", "purge", new JsonObject { ["what"] = "all" }), _run, () => FixedClock.Instant, CancellationToken.None);

        var done = Assert.IsType<ActionSucceeded>(result);
        Assert.True(done.Simulated);
        Assert.Equal("purge", (string?)done.Output!["action"]);
        Assert.Equal("all", (string?)done.Output!["input"]!["what"]);
        Assert.Equal(StepEffects.Recorded, _annotations.EffectOf("step"));
        Assert.Equal(0, FeedConnector.Calls);
    }

    [Fact]
    public async Task CarryOut_SimulationConnectorInvalidInput_FailsWithTheHostsCheck()
    {
        var result = await Actions().CarryOutAsync(Dispatch("simulation", "block_ip", new JsonObject { ["ip"] = "not-an-ip" }), _run, () => FixedClock.Instant, CancellationToken.None);

        var failed = Assert.IsType<ActionFailedEvent>(result);
        Assert.Equal("invalid_input", failed.ErrorKind);
    }

    private SimulatedActions Actions() => new(_host, _annotations);

    private static DispatchAction Dispatch(string connector, string action, JsonObject? inputs = null) =>
        new(Guid.NewGuid(), "step", connector, action, inputs ?? [], "key", TimeSpan.FromSeconds(5), 1, FixedClock.Instant.AddMinutes(1));

    /// <summary>A connector that would need a real feed: any call to it is a test failure.</summary>
    private sealed class FeedConnector : Connector
    {
        public static int Calls { get; set; }

        public override string Name => "feed";

        public override string Description => "A threat feed behind the network.";

        public override IReadOnlyList<ConnectorAction> CreateActions(ConnectorSetup setup) => [new Lookup(), new Purge()];

        private sealed record Query(string? What);

        private sealed record Answer(string Verdict);

        private sealed class Lookup : ConnectorAction<Query, Answer>
        {
            public override ActionMetadata Metadata { get; } = new("lookup", "Looks something up.", ActionRisk.Low) { Mutating = false };

            public override Task<ActionResult<Answer>> ExecuteAsync(Query input, ActionContext context)
            {
                Calls++;
                return Task.FromResult<ActionResult<Answer>>(new Answer("malicious"));
            }
        }

        private sealed class Purge : ConnectorAction<Query, Answer>
        {
            public override ActionMetadata Metadata { get; } = new("purge", "Purges everything.", ActionRisk.Critical);

            public override Task<ActionResult<Answer>> ExecuteAsync(Query input, ActionContext context)
            {
                Calls++;
                return Task.FromResult<ActionResult<Answer>>(new Answer("purged"));
            }
        }
    }
}
