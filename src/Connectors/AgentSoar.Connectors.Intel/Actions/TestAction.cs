using System.ComponentModel;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Intel;

internal sealed record TestInput;

internal sealed record TestOutput(
    [Description("Whether every required source is ready.")] bool Ready,
    [Description("Each source: loaded or not, indexed and skipped indicators, its host, its error.")] IReadOnlyList<SourceStatus> Sources);

/// <summary>Loads the feeds (when not loaded yet) and reports every source's state, changing nothing.</summary>
internal sealed class TestAction(IntelSources sources) : ConnectorAction<TestInput, TestOutput>
{
    public override ActionMetadata Metadata { get; } = new(
        "test",
        "Checks the threat-intelligence sources: loads the feeds and reports, per source, how many indicators it holds, which it skipped and why, and any error.",
        ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
    };

    public override Task<ActionResult<TestOutput>> ExecuteAsync(TestInput input, ActionContext context)
    {
        if (!sources.IsConfigured)
        {
            return Task.FromResult<ActionResult<TestOutput>>(ActionFailure.Permanent(IntelSources.NotConfigured));
        }

        var statuses = sources.All.Select(source => (source, status: source.Status())).ToList();
        var ready = statuses.All(s => s.status.Ready || s.source.Optional);
        return Task.FromResult<ActionResult<TestOutput>>(new TestOutput(ready, [.. statuses.Select(s => s.status)]));
    }

    public override Task<ActionResult<TestOutput>> SimulateAsync(TestInput input, ActionContext context) => ExecuteAsync(input, context);
}
