namespace AgentSoar.Console.Auth;

/// <summary>One API key: who it is (recorded as the actor in the audit trail), its roles, and the key or its SHA-256.</summary>
public sealed class ApiKeyEntry
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Lowercase hex SHA-256 of the key (preferred: the key itself then lives only with its holder).</summary>
    public string? KeySha256 { get; set; }

    /// <summary>The key in clear (a secret; from the environment or a secrets file, never a committed file).</summary>
    public string? Key { get; set; }

    public List<string> Roles { get; } = [];

    /// <summary>
    /// For an alert source: how its alerts are read when a request does not say (<c>auto</c>, <c>ocsf</c>, <c>sigma</c>,
    /// <c>mapping:NAME</c>); unset, <c>auto</c>.
    /// </summary>
    public string? AlertFormat { get; set; }

    /// <summary>For an alert source: its own average alert rate, instead of <see cref="ApiKeyOptions.AlertsPerSecond"/>.</summary>
    public int? AlertsPerSecond { get; set; }

    /// <summary>For an alert source: its own burst, instead of <see cref="ApiKeyOptions.AlertBurst"/>.</summary>
    public int? AlertBurst { get; set; }
}
