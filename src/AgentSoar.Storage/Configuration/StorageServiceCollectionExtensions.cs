using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgentSoar.Storage;

/// <summary>Registers the Coordinator's store.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICoordinatorStore"/> (a singleton) with the given options, validated when the
    /// host starts, and migrates the database at start unless <see cref="StorageOptions.MigrateOnStart"/> is false.
    /// </summary>
    public static IServiceCollection AddAgentSoarStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        AddCore(services).Configure(options.CopyTo);
        return services;
    }

    /// <summary>
    /// As <see cref="AddAgentSoarStorage(IServiceCollection, StorageOptions)"/>, binding the options from the
    /// <c>AgentSoar:Storage</c> section of <paramref name="configuration"/>. A relative <c>DataDirectory</c>
    /// is taken from the host's content root.
    /// </summary>
    public static IServiceCollection AddAgentSoarStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services).Bind(configuration.GetSection(StorageOptions.SectionPath));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<StorageOptions>, StorageDataDirectoryResolver>());
        return services;
    }

    private static OptionsBuilder<StorageOptions> AddCore(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(sp => CoordinatorStoreFactory.Create(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetService<TimeProvider>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StorageMigrationService>());
        return services.AddOptions<StorageOptions>().ValidateOnStart();
    }
}
