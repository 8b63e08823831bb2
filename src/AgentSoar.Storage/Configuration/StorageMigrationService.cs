using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgentSoar.Storage;

/// <summary>
/// Migrates in the "starting" phase, which runs before any hosted service's StartAsync: bus consumers
/// registered earlier must not reach tables that do not exist yet.
/// </summary>
internal sealed class StorageMigrationService(ICoordinatorStore store, IOptions<StorageOptions> options) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) =>
        options.Value.MigrateOnStart ? store.MigrateAsync(cancellationToken) : Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
