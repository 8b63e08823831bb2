namespace AgentSoar.Contracts.ApiKeys;

/// <summary>
/// Request from the Console: store an API key it has just generated. Only the key's SHA-256 travels and is stored;
/// the key itself is shown once to the admin who made it. <see cref="Prefix"/> is the key's first few characters, no
/// secret, so a holder can tell keys apart. Answered with <see cref="ApiKeyChangeResult"/>; published
/// <see cref="ApiKeysChanged"/> when made.
/// </summary>
/// <param name="Name">Who the key is: the actor its requests are recorded under; unique.</param>
/// <param name="KeySha256">Lowercase hex SHA-256 of the key's UTF-8 bytes (64 digits).</param>
/// <param name="Prefix">The key's first characters, to recognise it by.</param>
/// <param name="Roles">Of <see cref="ApiKeyRoles.All"/>.</param>
/// <param name="AlertFormat">For an alert source: how its alerts are read when a request does not say; null, detected.</param>
/// <param name="AlertsPerSecond">For an alert source: its own average alert rate; null, the default.</param>
/// <param name="AlertBurst">For an alert source: its own burst; null, the default.</param>
/// <param name="CreatedBy">The admin who made it.</param>
public sealed record CreateApiKey(
    string Name,
    string KeySha256,
    string Prefix,
    IReadOnlyList<string> Roles,
    string? AlertFormat,
    int? AlertsPerSecond,
    int? AlertBurst,
    string CreatedBy);
