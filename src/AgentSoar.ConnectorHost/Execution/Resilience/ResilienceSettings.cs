using AgentSoar.ConnectorHost.Configuration;

namespace AgentSoar.ConnectorHost.Execution.Resilience;

/// <summary>
/// The timeout, attempts, retry delays and circuit breaker of every connector and action: the host's settings
/// (<c>AgentSoar:ConnectorHost</c>), overridden by <c>AgentSoar:Connectors:NAME:Resilience</c>, overridden in turn
/// for one action by <c>AgentSoar:Connectors:NAME:Resilience:Actions:ACTION</c>. Read once, at start, where a bad
/// value stops the host with a message naming its key.
/// </summary>
internal sealed class ResilienceSettings
{
    private static readonly TimeSpan OneDay = TimeSpan.FromDays(1);

    private readonly ConnectorHostOptions _host;
    private readonly Dictionary<string, ConnectorResilience> _connectors = new(StringComparer.OrdinalIgnoreCase);

    private ResilienceSettings(ConnectorHostOptions host) => _host = host;

    /// <summary>Reads the settings of <paramref name="connectors"/> (name and action names).</summary>
    /// <exception cref="ConnectorConfigurationException">A value is invalid; the message names every bad key.</exception>
    public static ResilienceSettings Read(IConfiguration configuration, ConnectorHostOptions host, IEnumerable<(string Name, IReadOnlyCollection<string> Actions)> connectors)
    {
        var settings = new ResilienceSettings(host);
        var errors = new List<string>();
        foreach (var (name, actions) in connectors)
        {
            var section = configuration.GetSection($"{Registry.ConnectorLoader.ConnectorsSection}:{name}:Resilience");
            settings._connectors[name] = settings.ReadConnector(name, section, actions, errors);
        }

        return errors.Count == 0 ? settings : throw new ConnectorConfigurationException(string.Join(Environment.NewLine, errors));
    }

    public ActionResilience For(string connector, string action) =>
        _connectors.TryGetValue(connector, out var settings)
            ? settings.Actions.GetValueOrDefault(action) ?? settings.Defaults
            : ActionResilience.FromHost(_host);

    public CircuitSettings CircuitFor(string connector) =>
        _connectors.TryGetValue(connector, out var settings) ? settings.Circuit : CircuitSettings.FromHost(_host);

    private ConnectorResilience ReadConnector(string name, IConfigurationSection section, IReadOnlyCollection<string> actions, List<string> errors)
    {
        var reader = new SettingReader(section, errors);
        reader.AllowOnly("Timeout", "MaxAttempts", "RetryBaseDelay", "RetryMaxDelay", "CircuitBreaker", "Actions");
        var defaults = Override(ActionResilience.FromHost(_host), reader);
        var circuit = ReadCircuit(CircuitSettings.FromHost(_host), new SettingReader(section.GetSection("CircuitBreaker"), errors));

        var perAction = new Dictionary<string, ActionResilience>(StringComparer.OrdinalIgnoreCase);
        foreach (var child in section.GetSection("Actions").GetChildren())
        {
            if (!actions.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"{child.Path} names no action of connector '{name}'; it has: {string.Join(", ", actions.Order(StringComparer.Ordinal))}.");
                continue;
            }

            var actionReader = new SettingReader(child, errors);
            actionReader.AllowOnly("Timeout", "MaxAttempts", "RetryBaseDelay", "RetryMaxDelay");
            perAction[child.Key] = Override(defaults, actionReader);
        }

        return new ConnectorResilience(defaults, perAction, circuit);
    }

    private ActionResilience Override(ActionResilience inherited, SettingReader reader)
    {
        var timeout = reader.Duration("Timeout", TimeSpan.FromTicks(1), _host.MaxTimeout, $"a duration above 0 and at most {ConnectorHostOptions.SectionPath}:MaxTimeout ({_host.MaxTimeout})");
        var attempts = reader.Whole("MaxAttempts", 1, _host.MaxAttemptsLimit, $"a whole number from 1 to {ConnectorHostOptions.SectionPath}:MaxAttemptsLimit ({_host.MaxAttemptsLimit})");
        var baseDelay = reader.Duration("RetryBaseDelay", TimeSpan.Zero, TimeSpan.FromHours(1), "a duration from 0 to 1 hour");
        var maxDelay = reader.Duration("RetryMaxDelay", TimeSpan.Zero, OneDay, "a duration from 0 to 1 day");
        var result = new ActionResilience(
            timeout ?? inherited.Timeout,
            timeout ?? inherited.TimeoutCap,
            attempts ?? inherited.MaxAttempts,
            attempts ?? inherited.MaxAttemptsCap,
            baseDelay ?? inherited.RetryBaseDelay,
            maxDelay ?? inherited.RetryMaxDelay);
        if ((baseDelay is not null || maxDelay is not null) && result.RetryMaxDelay < result.RetryBaseDelay)
        {
            reader.Error(
                maxDelay is not null ? "RetryMaxDelay" : "RetryBaseDelay",
                $"leaves a RetryMaxDelay ({result.RetryMaxDelay}) shorter than the RetryBaseDelay ({result.RetryBaseDelay})");
        }

        return result;
    }

    private static CircuitSettings ReadCircuit(CircuitSettings inherited, SettingReader reader)
    {
        reader.AllowOnly("Enabled", "FailureRatio", "MinimumThroughput", "SamplingDuration", "BreakDuration");

        // Polly refuses windows shorter than half a second or longer than a day; saying so here names the key.
        var window = "a duration from 0.5 seconds to 1 day";
        return new CircuitSettings(
            reader.Flag("Enabled") ?? inherited.Enabled,
            reader.Ratio("FailureRatio") ?? inherited.FailureRatio,
            reader.Whole("MinimumThroughput", 2, int.MaxValue, "a whole number of at least 2") ?? inherited.MinimumThroughput,
            reader.Duration("SamplingDuration", TimeSpan.FromMilliseconds(500), OneDay, window) ?? inherited.SamplingDuration,
            reader.Duration("BreakDuration", TimeSpan.FromMilliseconds(500), OneDay, window) ?? inherited.BreakDuration);
    }

    private sealed record ConnectorResilience(ActionResilience Defaults, IReadOnlyDictionary<string, ActionResilience> Actions, CircuitSettings Circuit);
}
