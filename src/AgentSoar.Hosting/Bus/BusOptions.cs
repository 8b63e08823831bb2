using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Hosting.Bus;

/// <summary>Bound from <c>AgentSoar:Bus</c>.</summary>
public sealed class BusOptions
{
    public const string Section = "AgentSoar:Bus";

    /// <summary><c>inmemory</c> (all-in-one) or <c>rabbitmq</c> (distributed).</summary>
    [RegularExpression("^(inmemory|rabbitmq)$", ErrorMessage = "AgentSoar:Bus:Transport must be 'inmemory' or 'rabbitmq'.")]
    public string Transport { get; set; } = "inmemory";

    [Required(ErrorMessage = "AgentSoar:Bus:Host is required.")]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535, ErrorMessage = "AgentSoar:Bus:Port must be a TCP port.")]
    public int Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    /// <summary>A secret: never logged. Prefer the environment (<c>AgentSoar__Bus__Password</c>).</summary>
    public string Password { get; set; } = "guest";

    /// <summary>Messages a consumer may hold unacknowledged. MassTransit's default on two cores is 4; set on purpose.</summary>
    [Range(1, 1000, ErrorMessage = "AgentSoar:Bus:PrefetchCount must be between 1 and 1000.")]
    public int PrefetchCount { get; set; } = 16;

    /// <summary>
    /// How long a consumer keeps retrying a message that fails because the database or the broker is away (a
    /// restart, a cut connection), before the message goes to the error queue. Default 5 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:15:00", ErrorMessage = "AgentSoar:Bus:TransientRetryLimit must be between 1 second and 15 minutes: the pauses add up to it, the tries themselves take time too, and RabbitMQ closes a channel that holds a delivery unacknowledged for 30.")]
    public TimeSpan TransientRetryLimit { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a receive endpoint may stay down (its consumer gone, not stopped on purpose) without a reconnect attempt
    /// before it is started again (<see cref="ReceiveEndpointGuard"/>). Longer than MassTransit's own pause between reconnects (up to 30 s), so
    /// the guard acts only where MassTransit has stopped trying. Default 45 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00", ErrorMessage = "AgentSoar:Bus:EndpointRestartAfter must be between 5 seconds and 10 minutes.")]
    public TimeSpan EndpointRestartAfter { get; set; } = TimeSpan.FromSeconds(45);

    public bool IsRabbitMq => string.Equals(Transport, "rabbitmq", StringComparison.OrdinalIgnoreCase);
}
