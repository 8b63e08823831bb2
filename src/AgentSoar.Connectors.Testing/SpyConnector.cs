using System.Collections.Concurrent;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Testing;

/// <summary>Counts how often the host called each action for real and in simulation.</summary>
internal sealed class CallCounter
{
    private readonly ConcurrentDictionary<string, int> _executed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _simulated = new(StringComparer.Ordinal);

    public int Executed(string action) => _executed.GetValueOrDefault(action);

    public int Simulated(string action) => _simulated.GetValueOrDefault(action);

    public void CountExecution(string action) => _executed.AddOrUpdate(action, 1, (_, n) => n + 1);

    public void CountSimulation(string action) => _simulated.AddOrUpdate(action, 1, (_, n) => n + 1);
}

/// <summary>The connector under test, seen by the host through wrappers that count calls and change nothing else.</summary>
internal sealed class SpyConnector(Connector inner, CallCounter calls) : Connector
{
    public Connector Inner => inner;

    public override string Name => inner.Name;

    public override string Description => inner.Description;

    public override string Version => inner.Version;

    public override Type? OptionsType => inner.OptionsType;

    public override IReadOnlyList<ConnectorAction> CreateActions(ConnectorSetup setup) =>
        [.. inner.CreateActions(setup).Select(Wrap)];

    public override Task<ConnectionTestResult> TestConnectionAsync(ConnectorSetup setup, CancellationToken cancellationToken) =>
        inner.TestConnectionAsync(setup, cancellationToken);

    private ConnectorAction Wrap(ConnectorAction action) =>
        (ConnectorAction)Activator.CreateInstance(typeof(SpyAction<,>).MakeGenericType(action.InputType, action.OutputType), action, calls)!;
}

/// <summary>Forwards to the real action and counts the host's calls.</summary>
internal sealed class SpyAction<TInput, TOutput>(ConnectorAction inner, CallCounter calls) : ConnectorAction<TInput, TOutput>
    where TInput : notnull
{
    public ConnectorAction Inner => inner;

    public override ActionMetadata Metadata => inner.Metadata;

    public override async Task<ActionResult<TOutput>> ExecuteAsync(TInput input, ActionContext context)
    {
        calls.CountExecution(Metadata.Name);
        return (ActionResult<TOutput>)await inner.InvokeAsync(input, context).ConfigureAwait(false);
    }

    public override async Task<ActionResult<TOutput>> SimulateAsync(TInput input, ActionContext context)
    {
        calls.CountSimulation(Metadata.Name);
        return (ActionResult<TOutput>)await inner.InvokeSimulationAsync(input, context).ConfigureAwait(false);
    }
}
