using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.OpenC2;

/// <summary>
/// The <c>openc2</c> connector: sends OpenC2 commands (Language Specification v1.0, SLPF profile) over HTTP to actuators
/// configured under <c>AgentSoar:Connectors:openc2:Actuators:&lt;name&gt;</c>. <c>send_command</c> takes any checked
/// command; <c>deny_ip</c>/<c>allow_ip</c> and <c>contain_device</c>/<c>allow_device</c> are typed undo pairs; <c>test</c>
/// queries the actuator's features. Only configured actuators are called.
/// </summary>
/// <remarks>
/// The actuator's OpenC2 status decides the result: 200 and 102 succeed; 400 is invalid input, 401/403 unauthorized,
/// 404 not found, 500/503 transient, 501 permanent (not implemented by the actuator). Without configuration the host
/// starts and every real call fails with "not configured"; simulation builds and checks the command and sends nothing.
/// </remarks>
public sealed class OpenC2Connector : Connector<OpenC2Options>, IDisposable
{
    /// <summary>The connector's name.</summary>
    public const string ConnectorName = "openc2";

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        // A command carrying a token must not wander to another host.
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        // The connector's own timeout and the host's bound every call.
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <inheritdoc />
    public override string Name => ConnectorName;

    /// <inheritdoc />
    public override string Description => "Sends OpenC2 commands to configured OpenC2 actuators over HTTP.";

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <inheritdoc />
    protected override IReadOnlyList<ConnectorAction> CreateActions(OpenC2Options options, ConnectorSetup setup)
    {
        var client = new ActuatorClient(options, _http);
        return
        [
            new SendCommandAction(client),
            new DenyIpAction(client, options),
            new AllowIpAction(client, options),
            new ContainDeviceAction(client, options),
            new AllowDeviceAction(client, options),
            new TestAction(client, options),
        ];
    }

    /// <inheritdoc />
    protected override Task<ConnectionTestResult> TestConnectionAsync(OpenC2Options options, ConnectorSetup setup, CancellationToken cancellationToken) =>
        Task.FromResult(options.Actuators.Count == 0
            ? ConnectionTestResult.Failure("The openc2 connector is not configured: no actuator under AgentSoar:Connectors:openc2:Actuators.")
            : ConnectionTestResult.Success($"Actuators configured: {string.Join(", ", options.Actuators.Keys.Order(StringComparer.Ordinal))}."));
}
