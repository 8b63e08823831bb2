using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace AgentSoar.Connectors.Testing;

/// <summary>
/// The connector conformance kit. Subclass it once per connector in an xunit test project; each check is
/// its own <c>[Fact]</c> and runs the connector through the real connector host (registry, executor,
/// simulation mode, secret masking), alone, with the settings you give.
/// </summary>
/// <remarks>
/// <para>
/// The checks: the metadata is valid (names, descriptions, risk, undo action, OpenC2 mapping); the input
/// and output JSON Schemas are generated and are objects; every action runs in simulation mode without
/// the real action being called; a cancelled token stops every action promptly; an invalid input fails as
/// <see cref="ActionFailureKind.InvalidInput"/> and never throws; and a canary secret configured for the
/// connector appears in no output, error or log line, before or after the host's masking.
/// </para>
/// <para>
/// Actions run for real in the cancellation, invalid-input and secret checks: configure the connector
/// (<see cref="ConnectorSettings"/>, <see cref="ConfigureServices"/>) so that a real call reaches
/// nothing that matters, such as a closed port on <c>127.0.0.1</c> or a file in a scratch folder.
/// </para>
/// </remarks>
/// <typeparam name="TConnector">The connector under test.</typeparam>
public abstract partial class ConnectorConformanceTests<TConnector>
    where TConnector : Connector
{
    private static readonly HashSet<string> OpenC2Actions = new(StringComparer.Ordinal)
    {
        "scan", "locate", "query", "deny", "contain", "allow", "start", "stop", "restart", "cancel", "set",
        "update", "redirect", "create", "delete", "detonate", "restore", "copy", "investigate", "remediate",
    };

    /// <summary>
    /// The connector's settings, keyed relative to its section <c>AgentSoar:Connectors:&lt;name&gt;</c>
    /// (e.g. <c>BaseUrl</c>, <c>Endpoints:siem:Url</c>). Empty by default.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string?> ConnectorSettings { get; } = new Dictionary<string, string?>();

    /// <summary>The key, relative to the connector's section, under which <see cref="CanarySecret"/> is configured. Default <c>ApiKey</c>.</summary>
    protected virtual string CanarySecretKey => "ApiKey";

    /// <summary>A secret value that must never appear in an output, an error or a log line.</summary>
    protected virtual string CanarySecret => "canary-3b8f0d6a-conformance-secret";

    /// <summary>How long after the start of an action its token is cancelled in the cancellation check. Default 50 ms.</summary>
    protected virtual TimeSpan CancellationDelay => TimeSpan.FromMilliseconds(50);

    /// <summary>How long an action may go on after its token is cancelled. Default 5 s.</summary>
    protected virtual TimeSpan CancellationGrace => TimeSpan.FromSeconds(5);

    /// <summary>The attempt timeout of the commands the checks send through the host. Default 10 s.</summary>
    protected virtual TimeSpan ActionTimeout => TimeSpan.FromSeconds(10);

    /// <summary>Adds the services the connector's constructor needs (the host's own are added after).</summary>
    /// <param name="services">The host's services.</param>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Creates the connector; by default from the container, as the host does.</summary>
    /// <param name="services">The host's services.</param>
    /// <returns>A new connector.</returns>
    protected virtual TConnector CreateConnector(IServiceProvider services) => ActivatorUtilities.CreateInstance<TConnector>(services);

    /// <summary>
    /// A valid input for <paramref name="action"/>, as a playbook would write it under <c>with:</c>. The
    /// default gives every required property a plain value of its type (<c>"sample"</c>, <c>1</c>,
    /// <c>false</c>, the first enum value, <c>192.0.2.10</c> for an address): override it for the actions
    /// that need more.
    /// </summary>
    /// <param name="action">The action.</param>
    /// <returns>A new JSON object.</returns>
    protected virtual JsonObject SampleInput(ConnectorAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return SampleInputs.FromSchema(ConnectorJson.GetSchema(action.InputType));
    }

    /// <summary>The valid input the cancellation check runs <paramref name="action"/> with; by default <see cref="SampleInput"/>.</summary>
    /// <param name="action">The action.</param>
    /// <returns>A new JSON object.</returns>
    protected virtual JsonObject CancellationInput(ConnectorAction action) => SampleInput(action);

    /// <summary>
    /// Inputs <paramref name="action"/> must refuse as <see cref="ActionFailureKind.InvalidInput"/>. The default
    /// gives the sample with an unknown field and, when the schema has required properties, the sample
    /// without the first one. Add inputs that pass the schema but that the action must refuse itself
    /// (an address that cannot be blocked, an unknown endpoint name).
    /// </summary>
    /// <param name="action">The action.</param>
    /// <returns>The invalid inputs.</returns>
    protected virtual IEnumerable<JsonObject> InvalidInputs(ConnectorAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var unknown = SampleInput(action);
        unknown["conformance_unknown_field"] = "typo";
        yield return unknown;

        var schema = ConnectorJson.GetSchema(action.InputType);
        if (schema["required"] is JsonArray { Count: > 0 } required && required[0]?.GetValue<string>() is { } first)
        {
            var missing = SampleInput(action);
            missing.Remove(first);
            yield return missing;
        }
    }

    /// <summary>The connector's and every action's metadata is well-formed, and the host accepts it.</summary>
    [Fact]
    public void Metadata_OfConnectorAndActions_IsValid()
    {
        using var host = Start(simulation: false);
        var connector = host.Spy.Inner;
        var problems = new List<string>();
        if (!IsName(connector.Name))
        {
            problems.Add($"connector name '{connector.Name}' must be lowercase letters, digits, '_' and '-', starting with a letter, at most 64 characters");
        }

        if (string.IsNullOrWhiteSpace(connector.Description))
        {
            problems.Add("the connector has no description");
        }

        if (string.IsNullOrWhiteSpace(connector.Version))
        {
            problems.Add("the connector has no version");
        }

        var actions = host.Connector.Actions.Values.Select(action => action.Action.Metadata).ToList();
        if (actions.Count == 0)
        {
            problems.Add("the connector has no action");
        }

        var names = actions.Select(action => action.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            problems.AddRange(ActionProblems(action, names));
        }

        Assert.True(problems.Count == 0, $"{connector.Name}: {string.Join("; ", problems)}");
        Assert.Equal(connector.Name, host.Registry.Catalog.Single().Name);
    }

    /// <summary>Every action's input and output JSON Schemas are generated, are objects, and are what the catalog publishes.</summary>
    [Fact]
    public void Schemas_OfEveryAction_AreJsonObjects()
    {
        using var host = Start(simulation: false);
        var problems = new List<string>();
        foreach (var registered in host.Connector.Actions.Values)
        {
            var action = registered.Action;
            foreach (var (kind, type) in new[] { ("input", action.InputType), ("output", action.OutputType) })
            {
                JsonNode? schema = null;
                try
                {
                    schema = ConnectorJson.GetSchema(type);
                }
                catch (Exception exception) when (exception is InvalidOperationException or NotSupportedException or ArgumentException)
                {
                    problems.Add($"{action.Metadata.Name}: no {kind} schema for {type.Name}: {exception.Message}");
                    continue;
                }

                if (!IsObjectSchema(schema))
                {
                    problems.Add($"{action.Metadata.Name}: the {kind} schema of {type.Name} is not an object schema: {schema?.ToJsonString()}");
                }
            }

            if (registered.Info.InputSchema.ValueKind != JsonValueKind.Object || registered.Info.OutputSchema.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{action.Metadata.Name}: the catalog's schemas are not JSON objects");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// In simulation mode the host never calls an action's real implementation, and every mutating action succeeds with
    /// its sample input, marked simulated (a read-only action may simulate by reading for real, so it may also fail,
    /// though not for its input).
    /// </summary>
    /// <returns>The check.</returns>
    [Fact]
    public async Task Simulation_OfEveryAction_NeverCallsTheRealAction()
    {
        using var host = Start(simulation: true);
        Assert.True(host.Connector.Simulated, "the host did not put the connector in simulation mode");
        var problems = new List<string>();
        foreach (var registered in host.Connector.Actions.Values)
        {
            var name = registered.Name;
            var result = await host.ExecuteAsync(name, SampleInput(registered.Action), ActionTimeout);

            // A read-only action may simulate by reading for real, so the far side may fail it; a mutating one
            // must always answer from the input alone. An invalid input is the sample's fault either way.
            var acceptable = registered.Action.Metadata.Mutating
                ? result.Completed is { Simulated: true }
                : result.Completed is { Simulated: true } || result.Failed is { ErrorKind: not ActionErrorKind.InvalidInput and not ActionErrorKind.UnknownAction };
            if (!acceptable)
            {
                problems.Add($"{name}: expected a simulated success, got {Describe(result)} (override SampleInput if the sample is not valid)");
            }

            if (host.Calls.Simulated(name) != 1 || host.Calls.Executed(name) != 0)
            {
                problems.Add($"{name}: the host called the simulation {host.Calls.Simulated(name)} time(s) and the real action {host.Calls.Executed(name)} time(s)");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Every action stops promptly once its cancellation token is cancelled: it returns or throws <see cref="OperationCanceledException"/> within the grace period.</summary>
    /// <returns>The check.</returns>
    [Fact]
    public async Task Execute_WithCancelledToken_StopsPromptly()
    {
        using var host = Start(simulation: false);
        var problems = new List<string>();
        foreach (var registered in host.Connector.Actions.Values)
        {
            var action = registered.Action;
            var input = ConformanceHost.Deserialize(action, CancellationInput(action));
            using var cancellation = new CancellationTokenSource(CancellationDelay);
            var context = Context(host, registered, cancellation.Token, new RecordingActionLogger());
            var stopwatch = Stopwatch.StartNew();
            var run = Task.Run(() => action.InvokeAsync(input, context), CancellationToken.None);
            try
            {
                await run.WaitAsync(CancellationDelay + CancellationGrace, CancellationToken.None);
            }
            catch (TimeoutException)
            {
                problems.Add($"{registered.Name}: still running {stopwatch.Elapsed.TotalSeconds:F1} s after start, {CancellationGrace.TotalSeconds:F1} s after its token was cancelled");
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

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Every invalid input fails as <see cref="ActionErrorKind.InvalidInput"/> through the host, and an action handed one directly returns the failure rather than throwing.</summary>
    /// <returns>The check.</returns>
    [Fact]
    public async Task Execute_WithInvalidInput_FailsAsInvalidInput()
    {
        using var host = Start(simulation: false);
        var problems = new List<string>();
        var checkedInputs = 0;
        foreach (var registered in host.Connector.Actions.Values)
        {
            foreach (var input in InvalidInputs(registered.Action))
            {
                checkedInputs++;
                var result = await host.ExecuteAsync(registered.Name, input, ActionTimeout);
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
                    var direct = await registered.Action.InvokeAsync(typed, Context(host, registered, CancellationToken.None, new RecordingActionLogger()));
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

        Assert.True(checkedInputs > 0, "no invalid input was checked");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// The canary secret reaches the connector, and appears in no output, error or log line: neither in what
    /// the host publishes and logs, nor in what the connector itself returns and logs before masking.
    /// </summary>
    /// <returns>The check.</returns>
    [Fact]
    public async Task Execute_WithCanarySecret_NeverLeaksIt()
    {
        var seen = new List<(string Where, string Text)>();
        foreach (var simulation in new[] { false, true })
        {
            using var host = Start(simulation);
            Assert.Equal(CanarySecret, host.Connector.Setup.Secrets.GetSecret(CanarySecretKey));
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
                    var result = await host.ExecuteAsync(registered.Name, input, ActionTimeout);
                    seen.Add(($"{where}: published message", JsonSerializer.Serialize(result.Message)));
                    seen.AddRange(await RawTextAsync(host, registered, input, simulation, where));
                }
            }

            seen.AddRange(host.Logs.Lines.Select(line => ($"host log ({(simulation ? "simulated" : "real")})", line)));
        }

        var leaks = seen.Where(item => item.Text.Contains(CanarySecret, StringComparison.Ordinal)).Select(item => $"{item.Where}: {item.Text}").ToList();
        Assert.True(leaks.Count == 0, $"the canary secret leaked:{Environment.NewLine}{string.Join(Environment.NewLine, leaks)}");
        Assert.NotEmpty(seen);
    }

    private ConformanceHost Start(bool simulation) =>
        ConformanceHost.Start(simulation, ConnectorSettings, CanarySecretKey, CanarySecret, ConfigureServices, CreateConnector);

    // What the connector produces before the host masks anything: output, failure message, exception, log.
    private async Task<List<(string Where, string Text)>> RawTextAsync(ConformanceHost host, RegisteredAction registered, JsonObject input, bool simulation, string where)
    {
        var texts = new List<(string, string)>();
        if (TryDeserialize(registered.Action, input) is not { } typed)
        {
            return texts;
        }

        var logger = new RecordingActionLogger();
        using var timeout = new CancellationTokenSource(ActionTimeout);
        var context = Context(host, registered, timeout.Token, logger, simulation);
        try
        {
            var result = simulation
                ? await registered.Action.InvokeSimulationAsync(typed, context)
                : await registered.Action.InvokeAsync(typed, context);
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

    private static ActionContext Context(ConformanceHost host, RegisteredAction registered, CancellationToken cancellationToken, RecordingActionLogger logger, bool simulation = false) => new()
    {
        CancellationToken = cancellationToken,
        Logger = logger,
        Secrets = host.Connector.Setup.Secrets,
        Connector = registered.Connector,
        Action = registered.Name,
        ExecutionId = Guid.NewGuid(),
        RunId = Guid.NewGuid(),
        IncidentId = Guid.NewGuid(),
        StepId = "conformance",
        IdempotencyKey = Guid.NewGuid().ToString("N"),
        IsSimulation = simulation,
    };

    private static object? TryDeserialize(ConnectorAction action, JsonObject input)
    {
        try
        {
            return ConformanceHost.Deserialize(action, input);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static string Describe(ActionExecutionResult result) => result.Completed is { } completed
        ? $"a {(completed.Simulated ? "simulated" : "real")} success"
        : $"{result.Failed!.ErrorKind}: {result.Failed.Error}";

    private static bool IsObjectSchema(JsonNode? schema) => schema is JsonObject root && root["type"] switch
    {
        JsonValue value => value.GetValue<string>() == "object",
        JsonArray types => types.Any(type => type?.GetValue<string>() == "object"),
        _ => root["properties"] is JsonObject,
    };

    private static IEnumerable<string> ActionProblems(ActionMetadata action, HashSet<string> names)
    {
        if (!IsName(action.Name))
        {
            yield return $"action name '{action.Name}' must be lowercase letters, digits, '_' and '-', starting with a letter, at most 64 characters";
        }

        if (string.IsNullOrWhiteSpace(action.Description))
        {
            yield return $"{action.Name}: no description";
        }

        if (!Enum.IsDefined(action.Risk))
        {
            yield return $"{action.Name}: risk {(int)action.Risk} is not an ActionRisk";
        }

        if (action.UndoAction is { } undo)
        {
            if (!names.Contains(undo))
            {
                yield return $"{action.Name}: undo action '{undo}' is not an action of the connector";
            }
            else if (undo == action.Name)
            {
                yield return $"{action.Name}: an action cannot be its own undo";
            }

            if (!action.Mutating)
            {
                yield return $"{action.Name}: declares an undo but is not mutating";
            }
        }

        if (action.OpenC2 is { } openC2)
        {
            if (!OpenC2Actions.Contains(openC2.Action))
            {
                yield return $"{action.Name}: OpenC2 action '{openC2.Action}' is not an OpenC2 action ({string.Join(", ", OpenC2Actions.Order(StringComparer.Ordinal))})";
            }

            if (openC2.Target is null || !OpenC2Target().IsMatch(openC2.Target))
            {
                yield return $"{action.Name}: OpenC2 target '{openC2.Target}' must be a name like 'ipv4_net' or 'profile:name' like 'er:account'";
            }
            else if (openC2.Target.Split(':') is [var ns, _] && openC2.Profile != ns)
            {
                yield return $"{action.Name}: OpenC2 target '{openC2.Target}' belongs to profile '{ns}', but the mapping names profile '{openC2.Profile}'";
            }

            if (openC2.Profile is { } profile && !OpenC2Name().IsMatch(profile))
            {
                yield return $"{action.Name}: OpenC2 profile '{profile}' must be a short lowercase name like 'slpf' or 'er'";
            }
        }
    }

    private static bool IsName(string? name) => name is not null && name.Length <= 64 && Name().IsMatch(name);

    [GeneratedRegex("^[a-z][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex("^[a-z][a-z0-9_]*(:[a-z][a-z0-9_]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OpenC2Target();

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OpenC2Name();
}
