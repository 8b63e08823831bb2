namespace AgentSoar.Storage.Tests;

internal static class StoreExtensions
{
    /// <summary>Runs <paramref name="work"/> in one transaction and commits it.</summary>
    public static async Task WriteAsync(this ICoordinatorStore store, Func<IStoreTransaction, Task> work)
    {
        await using var transaction = await store.BeginAsync(default);
        await work(transaction);
        await transaction.CommitAsync(default);
    }

    public static async Task<T> WriteAsync<T>(this ICoordinatorStore store, Func<IStoreTransaction, Task<T>> work)
    {
        await using var transaction = await store.BeginAsync(default);
        var result = await work(transaction);
        await transaction.CommitAsync(default);
        return result;
    }

    public static async Task<IncidentRecord> SeedIncidentAsync(this ICoordinatorStore store, DateTimeOffset? createdAt = null)
    {
        var incident = TestData.Incident(createdAt);
        await store.WriteAsync(tx => tx.InsertIncidentAsync(incident, default));
        return incident;
    }

    public static async Task<RunRecord> SeedRunAsync(this ICoordinatorStore store, Guid incidentId, DateTimeOffset? createdAt = null, DateTimeOffset? wakeAt = null)
    {
        var run = TestData.Run(incidentId, createdAt, wakeAt);
        await store.WriteAsync(tx => tx.InsertRunAsync(run, default));
        return run;
    }
}
