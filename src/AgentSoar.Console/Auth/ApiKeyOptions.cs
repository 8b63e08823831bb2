using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Console.Auth;

/// <summary>Bound from <c>AgentSoar:Api</c>.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "AgentSoar:Api";

    /// <summary>The keys that may call the API. Store <see cref="ApiKeyEntry.KeySha256"/>, not the key, in files.</summary>
    public List<ApiKeyEntry> Keys { get; } = [];

    /// <summary>
    /// Keys of AgentSoar's own components (the <c>cases</c> connector calls the API with one; the all-in-one mode
    /// mints it at each start). Accepted like <see cref="Keys"/>, but they don't count as configured keys: the
    /// bootstrap admin key is still created when <see cref="Keys"/> is empty.
    /// </summary>
    public List<ApiKeyEntry> InternalKeys { get; } = [];

    /// <summary>
    /// When no key is configured, a random admin key is created in this file (mode 0600) at first start
    /// and used from then on. The all-in-one mode sets it so a newcomer has a key without configuring one.
    /// </summary>
    public string? BootstrapKeyFile { get; set; }

    /// <summary>The largest alert body accepted, in bytes (1 MiB by default).</summary>
    public int MaxAlertBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// A folder of alert mapping files (<c>NAME.yaml</c>) added to the shipped ones (a file named like a shipped
    /// mapping replaces it). Empty: the shipped mappings only.
    /// </summary>
    public string? AlertMappingsPath { get; set; }

    /// <summary>How many alerts per second one source (API key) may post, on average. Default 100.</summary>
    public int AlertsPerSecond { get; set; } = 100;

    /// <summary>How many alerts one source may post at once above the average (a burst). Default 1000.</summary>
    public int AlertBurst { get; set; } = 1000;

    /// <summary>
    /// How often the keys made in the console are read again from the Coordinator, in case a change event was missed
    /// (each change is also announced, and read at once). Default 1 minute.
    /// </summary>
    public TimeSpan StoredKeysRefresh { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long posting an alert waits for the broker to confirm it has the alert. An alert is accepted (202) only
    /// once confirmed; after this long it is refused with 503 and <c>Retry-After</c>. Default 10 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00", ErrorMessage = "AgentSoar:Api:AlertConfirmTimeout must be between 100ms and 5 minutes.")]
    public TimeSpan AlertConfirmTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the API waits for the Coordinator to answer a query or a decision.</summary>
    public TimeSpan CoordinatorTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
