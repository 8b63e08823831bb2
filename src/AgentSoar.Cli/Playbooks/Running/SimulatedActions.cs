using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Cli.Playbooks.Tracing;
using AgentSoar.Connectors.Simulation;
using AgentSoar.Contracts.Actions;
using AgentSoar.Engine;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Engine.Runs;

namespace AgentSoar.Cli.Playbooks.Running;

/// <summary>
/// Carries out the actions of a simulated run, never performing a change:
/// <list type="bullet">
/// <item>the <c>simulation</c> connector changes nothing by construction and needs no configuration, so
/// its actions run through the host's executor (input checks, timeouts, masking) and give the outputs
/// later steps branch on; its mutating ones are still recorded as not performed;</item>
/// <item>a mutating action of any other connector is not sent to it: the step records the call it
/// would make, in the shape a host in simulation mode publishes (<c>simulated</c>, <c>connector</c>,
/// <c>action</c>, <c>input</c>);</item>
/// <item>a read-only action of any other connector would need that connector's endpoint and
/// credentials, which a command-line simulation does not have: it fails as not configured.</item>
/// </list>
/// </summary>
internal sealed class SimulatedActions(SimulationHost host, TraceAnnotations annotations)
{
    public const string NotConfiguredKind = "not_configured";

    /// <summary>Connectors whose actions may run in a command-line simulation: offline, and changing nothing.</summary>
    private static readonly HashSet<string> SelfContained = new(StringComparer.OrdinalIgnoreCase) { SimulationConnector.ConnectorName };

    public async Task<RunEvent> CarryOutAsync(DispatchAction dispatch, RunState run, Func<DateTimeOffset> now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        var known = host.Registry.TryGetAction(dispatch.Connector, dispatch.Action, out _, out var action);

        // An action the catalog does not know is treated as mutating: fail safe, as the approval gate does.
        var mutating = !known || action!.Info.Mutating;
        var effect = mutating ? StepEffects.Recorded : StepEffects.Performed;
        if (known && SelfContained.Contains(dispatch.Connector))
        {
            annotations.SetEffect(dispatch.StepId, effect);
            return await ExecuteAsync(dispatch, run, mutating, now, cancellationToken);
        }

        if (mutating)
        {
            annotations.SetEffect(dispatch.StepId, StepEffects.Recorded);
            annotations.AddNote(dispatch.StepId, $"not sent to the '{dispatch.Connector}' connector: the output is the call it would have made");
            var wouldDo = new JsonObject
            {
                ["simulated"] = true,
                ["connector"] = dispatch.Connector,
                ["action"] = dispatch.Action,
                ["input"] = dispatch.Inputs.DeepClone(),
            };
            return new ActionSucceeded(now(), dispatch.ExecutionId, dispatch.StepId, wouldDo, Simulated: true, Attempts: 0);
        }

        annotations.SetEffect(dispatch.StepId, StepEffects.NotConfigured);
        return new ActionFailedEvent(
            now(),
            dispatch.ExecutionId,
            dispatch.StepId,
            NotConfiguredKind,
            $"the '{dispatch.Connector}' connector is not configured in a command-line simulation, so its read-only action '{dispatch.Action}' cannot run here; "
            + $"lookups run for real only against the '{SimulationConnector.ConnectorName}' connector (script the result in a playbook test, or simulate on a configured server)",
            0);
    }

    private async Task<RunEvent> ExecuteAsync(DispatchAction dispatch, RunState run, bool mutating, Func<DateTimeOffset> now, CancellationToken cancellationToken)
    {
        var command = new ExecuteAction(
            dispatch.ExecutionId, run.RunId, run.IncidentId, dispatch.StepId, dispatch.Connector, dispatch.Action,
            JsonSerializer.SerializeToElement(dispatch.Inputs), dispatch.IdempotencyKey, dispatch.Timeout, dispatch.MaxAttempts, now());
        var result = await host.Executor.ExecuteAsync(command, cancellationToken);
        if (host.Journal.GetEntries().LastOrDefault(entry => entry.ExecutionId == dispatch.ExecutionId) is { } entry)
        {
            annotations.AddNote(dispatch.StepId, $"the {dispatch.Connector} connector: {entry.Summary}");
        }

        return result.Completed is { } completed
            ? new ActionSucceeded(now(), dispatch.ExecutionId, dispatch.StepId, JsonNode.Parse(completed.Output.GetRawText()), Simulated: mutating, completed.Attempts)
            : new ActionFailedEvent(now(), dispatch.ExecutionId, dispatch.StepId, EngineJson.EnumName(result.Failed!.ErrorKind), result.Failed.Error, result.Failed.Attempts);
    }
}
