using Microsoft.Extensions.Options;
using Npgsql;

namespace AgentSoar.Storage;

/// <summary>
/// Checks the options before anything connects, naming the configuration path of each problem. Messages
/// never echo the connection string: it may hold a password.
/// </summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string Path = StorageOptions.SectionPath;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var errors = Check(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    internal static List<string> Check(StorageOptions options)
    {
        var errors = new List<string>();
        var provider = StorageProviders.Normalize(options.Provider);
        if (provider is null)
        {
            errors.Add($"{Path}:Provider must be '{StorageProviders.Sqlite}' or '{StorageProviders.PostgreSql}', not '{options.Provider}'.");
        }
        else if (provider == StorageProviders.PostgreSql)
        {
            CheckPostgres(options.ConnectionString, errors);
        }
        else
        {
            CheckSqlite(options, errors);
        }

        return errors;
    }

    private static void CheckPostgres(string? connectionString, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            errors.Add($"{Path}:ConnectionString is required when {Path}:Provider is '{StorageProviders.PostgreSql}'.");
            return;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                errors.Add($"{Path}:ConnectionString must name a Host for PostgreSQL.");
            }
        }
        catch (ArgumentException ex)
        {
            errors.Add($"{Path}:ConnectionString is not a valid PostgreSQL connection string: {ex.Message}");
        }
    }

    private static void CheckSqlite(StorageOptions options, List<string> errors)
    {
        if (options.SqliteBusyTimeout <= TimeSpan.Zero || options.SqliteBusyTimeout > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{Path}:SqliteBusyTimeout must be more than zero and at most 00:10:00.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (string.IsNullOrWhiteSpace(options.DataDirectory))
            {
                errors.Add($"{Path}:DataDirectory is required when {Path}:ConnectionString is not set for SQLite.");
            }

            return;
        }

        try
        {
            if (SqliteConnectionStrings.IsInMemory(options.ConnectionString))
            {
                errors.Add($"{Path}:ConnectionString must name a database file: in-memory SQLite would give each connection its own empty database.");
            }
        }
        catch (ArgumentException ex)
        {
            errors.Add($"{Path}:ConnectionString is not a valid SQLite connection string: {ex.Message}");
        }
    }
}
