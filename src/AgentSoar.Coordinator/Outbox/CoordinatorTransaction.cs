using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Outbox;

/// <summary>
/// A store transaction plus what must follow it: audit entries are written inside it and messages
/// are queued in the outbox inside it, so a state change and the messages it causes commit together.
/// After the commit the messages go out at once; if the process dies first, the sweeper sends them.
/// </summary>
public sealed class CoordinatorTransaction : IAsyncDisposable
{
    private readonly List<OutboxMessage> _messages = [];
    private readonly OutboxDispatcher _dispatcher;
    private readonly TimeProvider _clock;

    private CoordinatorTransaction(IStoreTransaction store, OutboxDispatcher dispatcher, TimeProvider clock)
    {
        Store = store;
        _dispatcher = dispatcher;
        _clock = clock;
    }

    public IStoreTransaction Store { get; }

    public static async Task<CoordinatorTransaction> BeginAsync(ICoordinatorStore store, OutboxDispatcher dispatcher, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new CoordinatorTransaction(await store.BeginAsync(ct), dispatcher, clock);
    }

    /// <summary>Queues a message to send once the transaction commits (written to the outbox at the commit).</summary>
    public void Enqueue<T>(T message, string? destination = null)
        where T : class
    {
        var outbox = new OutboxMessage(
            Guid.NewGuid(),
            typeof(T).FullName!,
            JsonSerializer.Serialize(message, ContractJson.Options),
            destination,
            _clock.GetUtcNow(),
            SentAt: null);
        Store.EnqueueOutbox(outbox);
        _messages.Add(outbox);
    }

    /// <summary>Adds an audit entry, written and chained at the commit.</summary>
    public void Audit(string actor, string kind, Guid? incidentId, Guid? runId, string? stepId, JsonObject data) =>
        Store.AppendAudit(new AuditDraft(_clock.GetUtcNow(), actor, kind, incidentId, runId, stepId, data.ToJsonString()));

    public async Task CommitAsync(CancellationToken ct)
    {
        await Store.CommitAsync(ct);
        await _dispatcher.DispatchAsync(_messages, ct);
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
