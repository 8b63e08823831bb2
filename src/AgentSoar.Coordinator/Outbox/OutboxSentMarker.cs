using System.Threading.Channels;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Outbox;

/// <summary>
/// Marks sent outbox messages in the database in batches, off the path of the consumer that sent them.
/// </summary>
/// <remarks>
/// Marking each transaction's messages on their own took a database transaction of its own for every one the
/// Coordinator commits, about a quarter of its transactions per alert. Here one batch is marked while the next
/// gathers, so the batches grow with the load. A message not yet marked when the process stops is sent again by
/// the sweeper of the next start; receivers are idempotent, so it changes nothing twice.
/// </remarks>
public sealed partial class OutboxSentMarker(ICoordinatorStore store, TimeProvider clock, ILogger<OutboxSentMarker> logger) : BackgroundService
{
    private const int OutboxBatch = 500;

    private readonly Channel<Guid> _sent = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues the ids to be marked sent; never blocks and never throws (after the service stopped, it drops them).</summary>
    public void Mark(IEnumerable<Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var id in ids)
        {
            _sent.Writer.TryWrite(id);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _sent.Reader.WaitToReadAsync(stoppingToken))
            {
                await MarkQueuedAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is queued now is marked below.
        }

        // Later marks are dropped (the sweeper of the next start sends those messages again); what is queued is marked.
        _sent.Writer.TryComplete();
        while (_sent.Reader.TryPeek(out _))
        {
            await MarkQueuedAsync();
        }
    }

    private async Task MarkQueuedAsync()
    {
        var batch = new List<Guid>(OutboxBatch);
        while (batch.Count < OutboxBatch && _sent.Reader.TryRead(out var id))
        {
            batch.Add(id);
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            // Not cancelled by stopping: these went out, and a mark cut short would only make the sweeper resend them.
            await store.MarkOutboxSentAsync(batch, clock.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception ex)
        {
            // They went out; the sweeper may send them again, and receivers are idempotent.
            LogMarkFailed(logger, ex, batch.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sent {Count} outbox message(s) but could not mark them sent; they may be sent again")]
    private static partial void LogMarkFailed(ILogger logger, Exception exception, int count);
}
