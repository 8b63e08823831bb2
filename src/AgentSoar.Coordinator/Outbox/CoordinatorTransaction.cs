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

    public async Task EnqueueAsync<T>(T message, CancellationToken ct, string? destination = null)
        where T : class
    {
        var outbox = new OutboxMessage(
            Guid.NewGuid(),
            typeof(T).FullName!,
            JsonSerializer.Serialize(message, ContractJson.Options),
            destination,
            _clock.GetUtcNow(),
            SentAt: null);
        await Store.EnqueueOutboxAsync(outbox, ct);
        _messages.Add(outbox);
    }

    public Task AuditAsync(string actor, string kind, Guid? incidentId, Guid? runId, string? stepId, JsonObject data, CancellationToken ct) =>
        Store.AppendAuditAsync(new AuditDraft(_clock.GetUtcNow(), actor, kind, incidentId, runId, stepId, data.ToJsonString()), ct);

    public async Task CommitAsync(CancellationToken ct)
    {
        await Store.CommitAsync(ct);
        await _dispatcher.DispatchAsync(_messages, ct);
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
