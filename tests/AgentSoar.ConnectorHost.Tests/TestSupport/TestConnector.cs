using System.Collections.Concurrent;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Tests.TestSupport;

/// <summary>A connector whose actions misbehave on purpose, and count how often they were really called.</summary>
public class TestConnector : Connector<TestConnectorOptions>
{
    public const string ConnectorName = "test";

    public ConcurrentDictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);

    public override string Name => ConnectorName;

    public override string Description => "Actions that succeed, fail, hang, throw and leak, for tests.";

    public int CallsTo(string action) => Calls.GetValueOrDefault(action);

    internal int Count(string action) => Calls.AddOrUpdate(action, 1, (_, calls) => calls + 1);

    protected override IReadOnlyList<ConnectorAction> CreateActions(TestConnectorOptions options, ConnectorSetup setup) =>
    [
        new TestAction<EchoInput, EchoOutput>(this, "echo", (input, _) => Task.FromResult<ActionResult<EchoOutput>>(new EchoOutput(input.Text, input.Count))),
        new TestAction<EchoInput, EchoOutput>(this, "echo_idempotent", (input, _) => Task.FromResult<ActionResult<EchoOutput>>(new EchoOutput(input.Text, input.Count)), idempotent: true),
        new TestAction<FlakyInput, EchoOutput>(this, "flaky", (input, context) => Task.FromResult<ActionResult<EchoOutput>>(
            context.Attempt <= input.Failures ? ActionFailure.Transient($"flaky attempt {context.Attempt}") : new EchoOutput("recovered", context.Attempt))),
        new TestAction<EmptyInput, EchoOutput>(this, "throttled", (_, _) => Task.FromResult<ActionResult<EchoOutput>>(
            ActionFailure.Transient("slow down", retryAfter: TimeSpan.FromHours(1)))),
        new TestAction<EmptyInput, EchoOutput>(this, "broken", (_, _) => Task.FromResult<ActionResult<EchoOutput>>(ActionFailure.Permanent("the far side said no"))),
        new TestAction<EmptyInput, EchoOutput>(this, "hang", async (_, context) =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return new EchoOutput("never", 0);
        }),

        // Ignores its token entirely: only the host's WaitAsync can stop waiting for it.
        new TestAction<EmptyInput, EchoOutput>(this, "deaf", async (_, _) =>
        {
            await new TaskCompletionSource().Task;
            return new EchoOutput("never", 0);
        }),
        new TestAction<EmptyInput, EchoOutput>(this, "crash", (_, context) =>
            throw new InvalidOperationException($"boom with key {context.Secrets.GetSecret("ApiKey")}")),
        new TestAction<EmptyInput, EchoOutput>(this, "leak", (_, context) =>
        {
            var key = context.Secrets.GetSecret("ApiKey");
            context.Logger.LogInformation($"using key {key}");
            return Task.FromResult<ActionResult<EchoOutput>>(new EchoOutput($"the key is {key}", 1));
        }),
        new TestAction<EmptyInput, NumberOutput>(this, "bad_output", (_, _) => Task.FromResult<ActionResult<NumberOutput>>(new NumberOutput(double.NaN))),
        new TestAction<EmptyInput, EchoOutput>(this, "big_output", (_, _) => Task.FromResult<ActionResult<EchoOutput>>(new EchoOutput(new string('x', 2_000_000), 1))),
        new TestAction<EchoInput, EchoOutput>(this, "mutate", (input, _) => Task.FromResult<ActionResult<EchoOutput>>(new EchoOutput(input.Text, input.Count)), ActionRisk.High),
    ];
}
