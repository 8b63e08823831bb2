using System.Data.Common;
using Npgsql;

namespace AgentSoar.Storage;

/// <summary>What AgentSoar adds to the configured PostgreSQL connection string when it does not say otherwise.</summary>
internal static class PostgresConnectionStrings
{
    /// <summary>Statements a pooled connection keeps prepared (Npgsql's <c>Max Auto Prepare</c>).</summary>
    /// <remarks>
    /// The store runs a few dozen fixed statements over and over; without preparing, PostgreSQL parses and plans
    /// each one every time, about a tenth of its CPU under an alert storm. Setting <c>Max Auto Prepare=0</c> in the
    /// connection string turns it off, as a pooler in transaction mode that can't keep prepared statements needs.
    /// </remarks>
    public const int MaxAutoPrepare = 64;

    public static string WithDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Says(connectionString, "maxautoprepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        // The store keeps no session state (no temporary tables, session locks or LISTEN), so a connection
        // going back to the pool needs no reset, which would otherwise be sent before its next use each time.
        if (!Says(connectionString, "noresetonclose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    // Npgsql's builder answers ContainsKey for every keyword it knows, set or not; the generic builder keeps
    // the keys as written, so this sees whether the string itself names the setting, in any spelling.
    private static bool Says(string connectionString, string compactKeyword) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(key => string.Equals(key.Replace(" ", "", StringComparison.Ordinal), compactKeyword, StringComparison.OrdinalIgnoreCase));
}
