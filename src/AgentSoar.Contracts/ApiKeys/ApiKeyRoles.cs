using AgentSoar.Contracts.Accounts;

namespace AgentSoar.Contracts.ApiKeys;

/// <summary>The roles an API key may carry: an account's, and <see cref="Ingest"/> for alert sources.</summary>
public static class ApiKeyRoles
{
    /// <summary>Posts alerts, nothing else.</summary>
    public const string Ingest = "ingest";

    public static IReadOnlyList<string> All { get; } = [.. AccountRoles.All, Ingest];
}
