namespace AgentSoar.Storage;

/// <summary>The values of <see cref="StorageOptions.Provider"/> and of <see cref="ICoordinatorStore.Engine"/>.</summary>
public static class StorageProviders
{
    /// <summary>The embedded default: one file, nothing to install.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>For production and for several Coordinator replicas.</summary>
    public const string PostgreSql = "postgresql";

    internal static string? Normalize(string? provider) => provider?.Trim().ToLowerInvariant() switch
    {
        Sqlite => Sqlite,
        PostgreSql => PostgreSql,
        _ => null,
    };
}
