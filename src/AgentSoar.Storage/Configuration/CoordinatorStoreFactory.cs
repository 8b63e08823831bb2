using Microsoft.Extensions.Options;

namespace AgentSoar.Storage;

/// <summary>Creates a store without dependency injection (the CLI, tests, tools).</summary>
public static class CoordinatorStoreFactory
{
    /// <summary>Validates the options and creates the store for the configured engine. Does not migrate.</summary>
    /// <param name="options">Usually bound from <c>AgentSoar:Storage</c>.</param>
    /// <param name="timeProvider">Stamps migrations; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="OptionsValidationException">The options are invalid; the message names each configuration path.</exception>
    public static ICoordinatorStore Create(StorageOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = StorageOptionsValidator.Check(options);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(StorageOptions), errors);
        }

        var time = timeProvider ?? TimeProvider.System;
        return StorageProviders.Normalize(options.Provider) == StorageProviders.PostgreSql
            ? new PostgresCoordinatorStore(options.ConnectionString!, time)
            : new SqliteCoordinatorStore(SqliteConnectionStrings.Resolve(options), options.SqliteBusyTimeout, time);
    }
}
