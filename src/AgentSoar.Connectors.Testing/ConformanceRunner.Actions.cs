using System.Diagnostics;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.Testing;

/// <summary>The checks that run the actions: simulation, cancellation and invalid inputs.</summary>
public sealed partial class ConformanceRunner
{
    private async Task<List<string>> CheckSimulationAsync()
    {
        using var host = Start(simulation: true);
        if (!host.Connector.Simulated)
        {
            return ["the host did not put the connector in simulation mode"];
        }

        var problems = new List<string>();
        foreach (var registered in host.Connector.Actions.Values)
        {
            var name = registered.Name;
            var result = await host.ExecuteAsync(name, SampleInput(registered.Action), _options.ActionTimeout).ConfigureAwait(false);

            // A read-only action may simulate by reading for real, so the far side may fail it; a mutating one
            // must always answer from the input alone. An invalid input is the sample's fault either way.
            var acceptable = registered.Action.Metadata.Mutating
                ? result.Completed is { Simulated: true }
                : result.Completed is { Simulated: true } || result.Failed is { ErrorKind: not ActionErrorKind.InvalidInput and not ActionErrorKind.UnknownAction };
            if (!acceptable)
            {
                problems.Add($"{name}: expected a simulated success, got {Describe(result)} (give a valid sample input if the derived one is not)");
            }

            if (host.Calls.Simulated(name) != 1 || host.Calls.Executed(name) != 0)
            {
                problems.Add($"{name}: the host called the simulation {host.Calls.Simulated(name)} time(s) and the real action {host.Calls.Executed(name)} time(s)");
            }
        }

        return problems;
    }

    private async Task<List<string>> CheckCancellationAsync()
    {
        using var host = Start(simulation: false);
        var problems = new List<string>();
        foreach (var registered in host.Connector.Actions.Values)
        {
            var action = registered.Action;
            var input = ConformanceHost.Deserialize(action, CancellationInput(action));
            using var cancellation = new CancellationTokenSource(_options.CancellationDelay);
            var context = Context(host, registered, cancellation.Token, new RecordingActionLogger());
            var stopwatch = Stopwatch.StartNew();
            var run = Task.Run(() => action.InvokeAsync(input, context), CancellationToken.None);
            try
            {
                await run.WaitAsync(_options.CancellationDelay + _options.CancellationGrace, CancellationToken.None).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                problems.Add($"{registered.Name}: still running {stopwatch.Elapsed.TotalSeconds:F1} s after start, {_options.CancellationGrace.TotalSeconds:F1} s after its token was cancelled");
            }
            catch (OperationCanceledException)
            {
                // The expected way to stop.
            }
            catch (Exception exception)
            {
                problems.Add($"{registered.Name}: threw {exception.GetType().Name} instead of returning a failure or stopping: {exception.Message}");
            }
        }

        return problems;
    }

    private async Task<List<string>> CheckInvalidInputAsync()
    {
        using var host = Start(simulation: false);
        var problems = new List<string>();
        var checkedInputs = 0;
        foreach (var registered in host.Connector.Actions.Values)
        {
            foreach (var input in InvalidInputs(registered.Action))
            {
                checkedInputs++;
                var result = await host.ExecuteAsync(registered.Name, input, _options.ActionTimeout).ConfigureAwait(false);
                if (result.Failed?.ErrorKind != ActionErrorKind.InvalidInput)
                {
                    problems.Add($"{registered.Name} {input.ToJsonString()}: expected an InvalidInput failure, got {Describe(result)}");
                }

                if (TryDeserialize(registered.Action, input) is not { } typed)
                {
                    continue;
                }

                try
                {
                    var direct = await registered.Action.InvokeAsync(typed, Context(host, registered, CancellationToken.None, new RecordingActionLogger())).ConfigureAwait(false);
                    if (direct.Failure?.Kind != ActionFailureKind.InvalidInput)
                    {
                        problems.Add($"{registered.Name} {input.ToJsonString()}: called directly, returned {direct.Failure?.Kind.ToString() ?? "success"} instead of InvalidInput");
                    }
                }
                catch (Exception exception)
                {
                    problems.Add($"{registered.Name} {input.ToJsonString()}: called directly, threw {exception.GetType().Name}: {exception.Message}");
                }
            }
        }

        if (checkedInputs == 0)
        {
            problems.Add("no invalid input was checked");
        }

        return problems;
    }
}
