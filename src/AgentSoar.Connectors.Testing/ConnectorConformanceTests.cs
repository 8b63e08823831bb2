using System.Text.Json.Nodes;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace AgentSoar.Connectors.Testing;

/// <summary>
/// The connector conformance kit. Subclass it once per connector in an xunit test project; each check of
/// <see cref="ConformanceRunner"/> is its own <c>[Fact]</c> and runs the connector through the real connector
/// host (registry, executor, simulation mode, secret masking), alone, with the settings you give.
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
public abstract class ConnectorConformanceTests<TConnector>
    where TConnector : Connector
{
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
    /// default (<see cref="ConformanceSamples.SampleInput"/>) gives every required property a plain value of its type
    /// (<c>"sample"</c>, <c>1</c>, <c>false</c>, the first enum value, <c>192.0.2.10</c> for an address): override it
    /// for the actions that need more.
    /// </summary>
    /// <param name="action">The action.</param>
    /// <returns>A new JSON object.</returns>
    protected virtual JsonObject SampleInput(ConnectorAction action) => ConformanceSamples.SampleInput(action);

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
    protected virtual IEnumerable<JsonObject> InvalidInputs(ConnectorAction action) => ConformanceSamples.InvalidInputs(action, SampleInput);

    /// <summary>The connector's and every action's metadata is well-formed, and the host accepts it.</summary>
    [Fact]
    public void Metadata_OfConnectorAndActions_IsValid() => Pass(Runner().Run(ConformanceRunner.Metadata));

    /// <summary>Every action's input and output JSON Schemas are generated, are objects, and are what the catalog publishes.</summary>
    [Fact]
    public void Schemas_OfEveryAction_AreJsonObjects() => Pass(Runner().Run(ConformanceRunner.Schemas));

    /// <summary>
    /// In simulation mode the host never calls an action's real implementation, and every mutating action succeeds with
    /// its sample input, marked simulated (a read-only action may simulate by reading for real, so it may also fail,
    /// though not for its input).
    /// </summary>
    /// <returns>The check.</returns>
    [Fact]
    public Task Simulation_OfEveryAction_NeverCallsTheRealAction() => PassAsync(ConformanceRunner.Simulation);

    /// <summary>Every action stops promptly once its cancellation token is cancelled: it returns or throws <see cref="OperationCanceledException"/> within the grace period.</summary>
    /// <returns>The check.</returns>
    [Fact]
    public Task Execute_WithCancelledToken_StopsPromptly() => PassAsync(ConformanceRunner.Cancellation);

    /// <summary>Every invalid input fails as <see cref="ActionErrorKind.InvalidInput"/> through the host, and an action handed one directly returns the failure rather than throwing.</summary>
    /// <returns>The check.</returns>
    [Fact]
    public Task Execute_WithInvalidInput_FailsAsInvalidInput() => PassAsync(ConformanceRunner.InvalidInput);

    /// <summary>
    /// The canary secret reaches the connector, and appears in no output, error or log line: neither in what
    /// the host publishes and logs, nor in what the connector itself returns and logs before masking.
    /// </summary>
    /// <returns>The check.</returns>
    [Fact]
    public Task Execute_WithCanarySecret_NeverLeaksIt() => PassAsync(ConformanceRunner.CanarySecret);

    private static void Pass(ConformanceResult result) =>
        Assert.True(result.Passed, $"{result.Check.Name}:{Environment.NewLine}{result.Reason}");

    private async Task PassAsync(ConformanceCheck check) => Pass(await Runner().RunAsync(check));

    private ConformanceRunner Runner() => new(CreateConnector, new ConformanceOptions
    {
        ConnectorSettings = ConnectorSettings,
        CanarySecretKey = CanarySecretKey,
        CanarySecret = CanarySecret,
        CancellationDelay = CancellationDelay,
        CancellationGrace = CancellationGrace,
        ActionTimeout = ActionTimeout,
        ConfigureServices = ConfigureServices,
        SampleInput = SampleInput,
        CancellationInput = CancellationInput,
        InvalidInputs = InvalidInputs,
    });
}
