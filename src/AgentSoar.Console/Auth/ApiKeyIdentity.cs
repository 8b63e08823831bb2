namespace AgentSoar.Console.Auth;

/// <summary>
/// Who an API key belongs to: the name recorded as actor, the roles, and for an alert source its default alert
/// format and its own rate limits (null: the defaults).
/// </summary>
public sealed record ApiKeyIdentity(string Name, IReadOnlyList<string> Roles, string? AlertFormat)
{
    public int? AlertsPerSecond { get; init; }

    public int? AlertBurst { get; init; }
}
