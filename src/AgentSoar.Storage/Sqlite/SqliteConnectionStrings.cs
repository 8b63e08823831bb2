using Microsoft.Data.Sqlite;

namespace AgentSoar.Storage;

/// <summary>Turns the options into the connection string the SQLite store uses.</summary>
internal static class SqliteConnectionStrings
{
    public const string DefaultFileName = "agentsoar.db";

    public static string Resolve(StorageOptions options)
    {
        SqliteConnectionStringBuilder builder;
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            // The default lives in the data directory, which a fresh install may not have yet.
            var directory = Path.GetFullPath(options.DataDirectory);
            Directory.CreateDirectory(directory);
            builder = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, DefaultFileName) };
        }
        else
        {
            builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        }

        // Not left to the caller: without foreign keys SQLite silently accepts orphans.
        builder.ForeignKeys = true;

        // Microsoft.Data.Sqlite keeps retrying a busy database until the command timeout, on top of SQLite's
        // own busy_timeout; aligning the two makes SqliteBusyTimeout the real bound on waiting for a writer.
        builder.DefaultTimeout = (int)Math.Ceiling(options.SqliteBusyTimeout.TotalSeconds);
        return builder.ToString();
    }

    public static bool IsInMemory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory
            || string.Equals(builder.DataSource, ":memory:", StringComparison.Ordinal)
            || string.IsNullOrEmpty(builder.DataSource);
    }
}
