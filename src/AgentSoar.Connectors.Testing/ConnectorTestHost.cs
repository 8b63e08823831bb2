using System.Text.Json;
using AgentSoar.ConnectorHost;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Registry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSoar.Connectors.Testing;

/// <summary>
/// The connector host's services as <c>AddAgentSoarConnectorHost</c> builds them, for a test that runs
/// actions through the host: fast retries, every log line kept, and commands sent as the Coordinator would.
/// </summary>
/// <remarks>
/// The host loads the first-party connectors and whatever <c>configureServices</c> registers (for
/// instance <c>services.AddAgentSoarConnector&lt;AcmeConnector&gt;()</c>). The registry, and so every
/// connector's settings, is read on first use: a settings problem surfaces from <see cref="Registry"/>
/// or the first <see cref="ExecuteAsync(string, string, string, int, string?, Guid?)"/>.
/// </remarks>
public sealed class ConnectorTestHost : IDisposable
{
    private readonly CapturedLogs _logs = new();
    private readonly ServiceProvider _provider;

    /// <summary>Builds the host's services from <paramref name="settings"/>.</summary>
    /// <param name="settings">
    /// Configuration keys with their full path, e.g. <c>AgentSoar:Connectors:acme:BaseUrl</c>. The retry
    /// delays default to 1 ms and 10 ms (<c>AgentSoar:ConnectorHost:RetryBaseDelay</c>/<c>RetryMaxDelay</c>);
    /// a value given here wins.
    /// </param>
    /// <param name="configureServices">Runs after the host's registrations: add a connector, replace a service.</param>
    public ConnectorTestHost(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var values = HostCommands.FastRetries();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        services.AddAgentSoarConnectorHost(Configuration);
        configureServices?.Invoke(services);
        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>The configuration the host reads: the defaults above overlaid with the given settings.</summary>
    public IConfiguration Configuration { get; }

    /// <summary>The host's services, to resolve anything the helper does not expose.</summary>
    public IServiceProvider Services => _provider;

    /// <summary>The connectors the host loaded; reading it loads them and reads their settings.</summary>
    public ConnectorRegistry Registry => _provider.GetRequiredService<ConnectorRegistry>();

    /// <summary>The executor every command runs through: retries, timeouts, circuit, idempotency, masking.</summary>
    public ActionExecutor Executor => _provider.GetRequiredService<ActionExecutor>();

    /// <summary>Every log line the host wrote so far, at any level: the formatted message, then the exception if any.</summary>
    public IReadOnlyCollection<string> Logs => _logs.Lines;

    /// <summary>The timeout of one attempt in the commands <c>ExecuteAsync</c> sends; 20 s unless set.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Runs one action through the host's <see cref="ActionExecutor"/>, as the Coordinator would send it.</summary>
    /// <param name="connector">The connector's name, e.g. <c>acme</c>.</param>
    /// <param name="action">The action's name.</param>
    /// <param name="inputsJson">The action's input as a JSON object.</param>
    /// <param name="maxAttempts">Attempts the command allows; 1 means no retry.</param>
    /// <param name="idempotencyKey">The command's key; a fresh one unless given (give the same one twice to see the host's idempotency).</param>
    /// <param name="incidentId">The incident the run belongs to; a fresh one unless given.</param>
    /// <returns>The message the host would publish: <c>ActionCompleted</c> or <c>ActionFailed</c>.</returns>
    public Task<ActionExecutionResult> ExecuteAsync(
        string connector,
        string action,
        string inputsJson = "{}",
        int maxAttempts = 1,
        string? idempotencyKey = null,
        Guid? incidentId = null)
    {
        using var inputs = JsonDocument.Parse(inputsJson);
        return SendAsync(connector, action, inputs.RootElement.Clone(), maxAttempts, idempotencyKey, incidentId);
    }

    /// <summary>Runs one action with <paramref name="inputs"/> serialised to JSON (an anonymous object, a record, a <c>JsonObject</c>).</summary>
    /// <param name="connector">The connector's name, e.g. <c>acme</c>.</param>
    /// <param name="action">The action's name.</param>
    /// <param name="inputs">The action's input; serialised with its runtime type.</param>
    /// <param name="maxAttempts">Attempts the command allows; 1 means no retry.</param>
    /// <param name="idempotencyKey">The command's key; a fresh one unless given.</param>
    /// <param name="incidentId">The incident the run belongs to; a fresh one unless given.</param>
    /// <returns>The message the host would publish: <c>ActionCompleted</c> or <c>ActionFailed</c>.</returns>
    public Task<ActionExecutionResult> ExecuteAsync(
        string connector,
        string action,
        object inputs,
        int maxAttempts = 1,
        string? idempotencyKey = null,
        Guid? incidentId = null) =>
        SendAsync(connector, action, JsonSerializer.SerializeToElement(inputs), maxAttempts, idempotencyKey, incidentId);

    /// <summary>
    /// Everything the host published or logged for <paramref name="result"/>: the message as JSON, then
    /// every log line so far. Look for a secret in it: <c>Assert.DoesNotContain(secret, host.Everything(result))</c>.
    /// </summary>
    /// <param name="result">What <c>ExecuteAsync</c> returned.</param>
    /// <returns>The published message and the log, as one string.</returns>
    public string Everything(ActionExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result.Message, result.Message.GetType()) + string.Join('\n', _logs.Lines);
    }

    /// <summary>Disposes the host's services, and with them the connectors.</summary>
    public void Dispose() => _provider.Dispose();

    private Task<ActionExecutionResult> SendAsync(string connector, string action, JsonElement inputs, int maxAttempts, string? idempotencyKey, Guid? incidentId) =>
        Executor.ExecuteAsync(
            HostCommands.Command(connector, action, inputs, "step-1", CommandTimeout, maxAttempts, idempotencyKey, incidentId),
            CancellationToken.None);
}
