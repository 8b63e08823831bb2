using System.Text.Json.Nodes;
using AgentSoar.Connectors.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSoar.Connectors.Testing;

/// <summary>
/// What <see cref="ConformanceRunner"/> runs a connector with: its settings, the canary secret, the inputs of its
/// actions and the time limits. Every property has the kit's default.
/// </summary>
public sealed class ConformanceOptions
{
    /// <summary>
    /// The connector's settings, keyed relative to its section <c>AgentSoar:Connectors:&lt;name&gt;</c>
    /// (e.g. <c>BaseUrl</c>, <c>Endpoints:siem:Url</c>). Empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, string?> ConnectorSettings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The key, relative to the connector's section, under which <see cref="CanarySecret"/> is configured. Default <c>ApiKey</c>.</summary>
    public string CanarySecretKey { get; init; } = "ApiKey";

    /// <summary>A secret value that must never appear in an output, an error or a log line.</summary>
    public string CanarySecret { get; init; } = "canary-3b8f0d6a-conformance-secret";

    /// <summary>How long after the start of an action its token is cancelled in the cancellation check. Default 50 ms.</summary>
    public TimeSpan CancellationDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How long an action may go on after its token is cancelled. Default 5 s.</summary>
    public TimeSpan CancellationGrace { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The attempt timeout of the commands the checks send through the host. Default 10 s.</summary>
    public TimeSpan ActionTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Adds the services the connector's constructor needs (the host's own are added after). Adds nothing by default.</summary>
    public Action<IServiceCollection> ConfigureServices { get; init; } = _ => { };

    /// <summary>A valid input for an action, as a playbook would write it under <c>with:</c>. Default <see cref="ConformanceSamples.SampleInput"/>.</summary>
    public Func<ConnectorAction, JsonObject> SampleInput { get; init; } = ConformanceSamples.SampleInput;

    /// <summary>The valid input the cancellation check runs an action with; <see langword="null"/> (the default) uses <see cref="SampleInput"/>.</summary>
    public Func<ConnectorAction, JsonObject>? CancellationInput { get; init; }

    /// <summary>
    /// Inputs an action must refuse as <see cref="ActionFailureKind.InvalidInput"/>; <see langword="null"/> (the default)
    /// uses <see cref="ConformanceSamples.InvalidInputs"/> over <see cref="SampleInput"/>.
    /// </summary>
    public Func<ConnectorAction, IEnumerable<JsonObject>>? InvalidInputs { get; init; }
}
