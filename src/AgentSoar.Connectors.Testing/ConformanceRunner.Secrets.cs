using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Testing;

/// <summary>The check that the canary secret leaks nowhere.</summary>
public sealed partial class ConformanceRunner
{
    private async Task<List<string>> CheckCanarySecretAsync()
    {
        var canary = _options.CanarySecret;
        var seen = new List<(string Where, string Text)>();
        foreach (var simulation in new[] { false, true })
        {
            using var host = Start(simulation);
            if (host.Connector.Setup.Secrets.GetSecret(_options.CanarySecretKey) != canary)
            {
                return [$"the canary secret configured as '{_options.CanarySecretKey}' did not reach the connector's secrets"];
            }

            foreach (var registered in host.Connector.Actions.Values)
            {
                var inputs = new List<JsonObject> { SampleInput(registered.Action) };
                if (!simulation)
                {
                    inputs.AddRange(InvalidInputs(registered.Action));
                }

                foreach (var input in inputs)
                {
                    var where = $"{registered.Name} ({(simulation ? "simulated" : "real")}) {input.ToJsonString()}";
                    var result = await host.ExecuteAsync(registered.Name, input, _options.ActionTimeout).ConfigureAwait(false);
                    seen.Add(($"{where}: published message", JsonSerializer.Serialize(result.Message)));
                    seen.AddRange(await RawTextAsync(host, registered, input, simulation, where).ConfigureAwait(false));
                }
            }

            seen.AddRange(host.Logs.Lines.Select(line => ($"host log ({(simulation ? "simulated" : "real")})", line)));
        }

        var leaks = seen.Where(item => item.Text.Contains(canary, StringComparison.Ordinal)).Select(item => $"the canary secret leaked: {item.Where}: {item.Text}").ToList();
        return seen.Count == 0 ? ["nothing was produced to look for the canary secret in"] : leaks;
    }

    // What the connector produces before the host masks anything: output, failure message, exception, log.
    private async Task<List<(string Where, string Text)>> RawTextAsync(ConformanceHost host, RegisteredAction registered, JsonObject input, bool simulation, string where)
    {
        var texts = new List<(string, string)>();
        if (TryDeserialize(registered.Action, input) is not { } typed)
        {
            return texts;
        }

        var logger = new RecordingActionLogger();
        using var timeout = new CancellationTokenSource(_options.ActionTimeout);
        var context = Context(host, registered, timeout.Token, logger, simulation);
        try
        {
            var result = simulation
                ? await registered.Action.InvokeSimulationAsync(typed, context).ConfigureAwait(false)
                : await registered.Action.InvokeAsync(typed, context).ConfigureAwait(false);
            texts.Add(($"{where}: failure before masking", result.Failure?.Message ?? ""));
            texts.Add(($"{where}: output before masking", SerializeOutput(result.BoxedOutput)));
        }
        catch (Exception exception)
        {
            texts.Add(($"{where}: exception before masking", exception.ToString()));
        }

        texts.AddRange(logger.Lines.Select(line => ($"{where}: connector log before masking", line)));
        return texts;
    }

    private static string SerializeOutput(object? output)
    {
        if (output is null)
        {
            return "";
        }

        try
        {
            return JsonSerializer.Serialize(output, output.GetType(), ConnectorJson.Options);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return output.ToString() ?? "";
        }
    }
}
