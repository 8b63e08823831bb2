namespace AgentSoar.ConnectorHost.Configuration;

/// <summary>The connector host's settings, under <c>AgentSoar:ConnectorHost</c>.</summary>
public sealed class ConnectorHostOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionPath = "AgentSoar:ConnectorHost";

    /// <summary>How this host names itself in the catalog it publishes.</summary>
    public string HostId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>The connectors this host runs, by name; empty runs every connector it has.</summary>
    public IList<string> Connectors { get; } = new List<string>();

    /// <summary>The timeout of one attempt when the command does not give one.</summary>
    public TimeSpan DefaultTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The plugins folder: each subfolder holds one connector plugin (a library built with its dependencies), loaded
    /// in its own load context. Empty: no plugins, only the connectors built in.
    /// </summary>
    public string? PluginsPath { get; set; }

    /// <summary>The longest attempt timeout a command may ask for; longer ones are cut to this.</summary>
    public TimeSpan MaxTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The number of attempts when the command does not give one.</summary>
    public int DefaultMaxAttempts { get; set; } = 3;

    /// <summary>The most attempts a command may ask for; more are cut to this.</summary>
    public int MaxAttemptsLimit { get; set; } = 10;

    /// <summary>The first delay between attempts; it grows exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between attempts, a far side's <c>Retry-After</c> included.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many finished results are remembered by idempotency key (in this process only).</summary>
    public int IdempotencyCacheSize { get; set; } = 10_000;

    /// <summary>The largest output, in bytes of JSON, an action may return.</summary>
    public int MaxOutputBytes { get; set; } = 256 * 1024;

    /// <summary>Whether a connector whose calls keep failing is paused (all its actions fail fast for a while).</summary>
    public bool CircuitBreakerEnabled { get; set; } = true;

    /// <summary>The share of failed attempts, within the sampling duration, that opens a connector's circuit.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>How many attempts the sampling duration must hold before the circuit may open.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 10;

    /// <summary>The window over which the failure ratio is measured.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit stays open before one trial call is let through.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a connector's connection test may take at start.</summary>
    public TimeSpan ConnectionTestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
