using AgentSoar.Contracts.Accounts;
using AgentSoar.Contracts.ApiKeys;

namespace AgentSoar.Coordinator.ApiKeys;

/// <summary>What a stored API key's name, hash, prefix, roles and limits may be.</summary>
internal static class ApiKeyRules
{
    public const int MaxName = 64;
    public const int MaxPrefix = 16;

    /// <summary>Why the request can't make a key, or null when it can.</summary>
    public static string? Problem(CreateApiKey request) =>
        request.Name.Length is 0 or > MaxName || !request.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
            ? $"a key name is 1 to {MaxName} letters, digits and . _ -"
        : ReservedNames.IsReserved(request.Name)
            ? $"'{request.Name}' is reserved for the system's own entries"
        : request.KeySha256.Length != 64 || !request.KeySha256.All(char.IsAsciiHexDigitLower)
            ? "the key must arrive as its SHA-256 (64 lowercase hex digits), never in clear"
        : request.Prefix.Length is 0 or > MaxPrefix || request.Prefix.Any(char.IsControl)
            ? $"a key prefix is 1 to {MaxPrefix} printable characters"
        : request.Roles.Count == 0 || request.Roles.Any(r => !ApiKeyRoles.All.Contains(r, StringComparer.Ordinal))
            ? $"give one or more roles of {string.Join(", ", ApiKeyRoles.All)}"
        : request.AlertsPerSecond is < 1 || request.AlertBurst is < 1
            ? "alerts_per_second and alert_burst are at least 1 when given"
        : request.AlertFormat is { } format && (format.Length > 200 || format.Any(char.IsControl))
            ? "an alert format is at most 200 printable characters"
        : null;
}
