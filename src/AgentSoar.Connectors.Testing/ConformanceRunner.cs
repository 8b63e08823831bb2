using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Testing;

/// <summary>
/// The checks of the conformance kit, without a test framework: each runs the connector through the real connector
/// host (registry, executor, simulation mode, secret masking), alone, with the given options, and returns what the
/// connector got wrong. <see cref="ConnectorConformanceTests{TConnector}"/> runs them as xunit facts, and
/// <c>agentsoar connector test</c> against a built plugin.
/// </summary>
/// <remarks>
/// Actions run for real in the cancellation, invalid-input and secret checks: configure the connector so that a real
/// call reaches nothing that matters, such as a closed port on <c>127.0.0.1</c> or a file in a scratch folder.
/// </remarks>
public sealed partial class ConformanceRunner
{
    private readonly Func<IServiceProvider, Connector> _createConnector;
    private readonly ConformanceOptions _options;

    /// <summary>Creates a runner for one connector.</summary>
    /// <param name="createConnector">Creates a new instance of the connector from the host's services (each check starts a host of its own).</param>
    /// <param name="options">The settings and inputs to run it with; the kit's defaults when <see langword="null"/>.</param>
    public ConformanceRunner(Func<IServiceProvider, Connector> createConnector, ConformanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(createConnector);
        _createConnector = createConnector;
        _options = options ?? new ConformanceOptions();
    }

    /// <summary>The connector's metadata is well-formed, and the host accepts it.</summary>
    public static ConformanceCheck Metadata { get; } = new("Metadata_OfConnectorAndActions_IsValid", "names, descriptions, version, risk, undo action and OpenC2 mapping are valid");

    /// <summary>Every action's input and output JSON Schemas are generated, are objects, and are what the catalog publishes.</summary>
    public static ConformanceCheck Schemas { get; } = new("Schemas_OfEveryAction_AreJsonObjects", "every action's input and output JSON Schemas are objects");

    /// <summary>In simulation mode the host never calls an action's real implementation.</summary>
    public static ConformanceCheck Simulation { get; } = new("Simulation_OfEveryAction_NeverCallsTheRealAction", "in simulation mode the real action is never called");

    /// <summary>Every action stops promptly once its cancellation token is cancelled.</summary>
    public static ConformanceCheck Cancellation { get; } = new("Execute_WithCancelledToken_StopsPromptly", "every action stops promptly once its token is cancelled");

    /// <summary>Every invalid input fails as invalid input, and no action throws on one.</summary>
    public static ConformanceCheck InvalidInput { get; } = new("Execute_WithInvalidInput_FailsAsInvalidInput", "invalid inputs fail as InvalidInput, without throwing");

    /// <summary>The canary secret appears in no output, error or log line.</summary>
    public static ConformanceCheck CanarySecret { get; } = new("Execute_WithCanarySecret_NeverLeaksIt", "the canary secret is in no output, error or log line");

    /// <summary>Every check, in the order <see cref="RunAllAsync"/> runs them.</summary>
    public static IReadOnlyList<ConformanceCheck> Checks { get; } = [Metadata, Schemas, Simulation, Cancellation, InvalidInput, CanarySecret];

    /// <summary>Runs every check, one after the other.</summary>
    /// <param name="cancellationToken">Stops between checks.</param>
    /// <returns>One result per check, in the order of <see cref="Checks"/>.</returns>
    public async Task<IReadOnlyList<ConformanceResult>> RunAllAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<ConformanceResult>();
        foreach (var check in Checks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await RunAsync(check).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>Runs one check.</summary>
    /// <param name="check">One of <see cref="Checks"/>.</param>
    /// <returns>Its result; a check that could not run (the host refused the connector, say) fails with why.</returns>
    public async Task<ConformanceResult> RunAsync(ConformanceCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check == Metadata || check == Schemas)
        {
            return Run(check);
        }

        List<string> problems;
        try
        {
            problems = check switch
            {
                _ when check == Simulation => await CheckSimulationAsync().ConfigureAwait(false),
                _ when check == Cancellation => await CheckCancellationAsync().ConfigureAwait(false),
                _ when check == InvalidInput => await CheckInvalidInputAsync().ConfigureAwait(false),
                _ when check == CanarySecret => await CheckCanarySecretAsync().ConfigureAwait(false),
                _ => throw new ArgumentException($"'{check.Name}' is not a check of the kit.", nameof(check)),
            };
        }
        catch (Exception exception) when (exception is not ArgumentException and not OutOfMemoryException)
        {
            problems = CouldNotRun(exception);
        }

        return new ConformanceResult(check, problems);
    }

    /// <summary>Runs one of the checks that call no action (<see cref="Metadata"/>, <see cref="Schemas"/>), synchronously.</summary>
    /// <param name="check"><see cref="Metadata"/> or <see cref="Schemas"/>.</param>
    /// <returns>Its result; a check that could not run (the host refused the connector, say) fails with why.</returns>
    public ConformanceResult Run(ConformanceCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        Func<List<string>> run = check == Metadata ? CheckMetadata
            : check == Schemas ? CheckSchemas
            : throw new ArgumentException($"'{check.Name}' runs actions: use RunAsync.", nameof(check));
        try
        {
            return new ConformanceResult(check, run());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new ConformanceResult(check, CouldNotRun(exception));
        }
    }

    private static List<string> CouldNotRun(Exception exception) => [$"the check could not run: {exception.GetType().Name}: {exception.Message}"];

    private JsonObject SampleInput(ConnectorAction action) => _options.SampleInput(action);

    private JsonObject CancellationInput(ConnectorAction action) => (_options.CancellationInput ?? _options.SampleInput)(action);

    private IEnumerable<JsonObject> InvalidInputs(ConnectorAction action) =>
        _options.InvalidInputs?.Invoke(action) ?? ConformanceSamples.InvalidInputs(action, _options.SampleInput);

    private ConformanceHost Start(bool simulation) =>
        ConformanceHost.Start(simulation, _options.ConnectorSettings, _options.CanarySecretKey, _options.CanarySecret, _options.ConfigureServices, _createConnector);

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
}
