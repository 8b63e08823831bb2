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

    /// <summary>Runs <paramref name="work"/>, which only queues writes for the commit, in one transaction and commits it.</summary>
    public static Task WriteAsync(this ICoordinatorStore store, Action<IStoreTransaction> work) =>
        store.WriteAsync(tx =>
        {
            work(tx);
            return Task.CompletedTask;
        });

    public static async Task<T> WriteAsync<T>(this ICoordinatorStore store, Func<IStoreTransaction, Task<T>> work)
    {
        await using var transaction = await store.BeginAsync(default);
        var result = await work(transaction);
        await transaction.CommitAsync(default);
        return result;
    }

    /// <summary>Appends the entries in one transaction, commits it, and returns them as written.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> WriteAuditAsync(this ICoordinatorStore store, params AuditDraft[] drafts)
    {
        await using var transaction = await store.BeginAsync(default);
        foreach (var draft in drafts)
        {
            transaction.AppendAudit(draft);
        }

        await transaction.CommitAsync(default);
        return transaction.AuditWritten;
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
