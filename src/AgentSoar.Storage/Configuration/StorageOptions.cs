namespace AgentSoar.Storage;

/// <summary>Where the Coordinator keeps its state; bound from <c>AgentSoar:Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionPath = "AgentSoar:Storage";

    /// <summary><c>sqlite</c> (default) or <c>postgresql</c>.</summary>
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>
    /// Required for PostgreSQL. For SQLite, optional: by default the database is
    /// <c>{DataDirectory}/agentsoar.db</c>. In-memory SQLite is refused (each connection would get its own).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the default SQLite file goes; relative paths are taken from the content root (or the current directory without a host).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>How long a SQLite writer waits for another writer's lock before failing.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Apply pending migrations when the host starts (default true).</summary>
    public bool MigrateOnStart { get; set; } = true;

    internal void CopyTo(StorageOptions target)
    {
        target.Provider = Provider;
        target.ConnectionString = ConnectionString;
        target.DataDirectory = DataDirectory;
        target.SqliteBusyTimeout = SqliteBusyTimeout;
        target.MigrateOnStart = MigrateOnStart;
    }
}
