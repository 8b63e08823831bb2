using AgentSoar.Contracts.Alerts;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Storage;
using MassTransit;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Intake;

/// <summary>Keeps refused alerts in the bounded dead-letter list (the newest <see cref="IntakeOptions.MaxRejectedAlerts"/>), and nowhere else.</summary>
public sealed class AlertRejectedConsumer(ICoordinatorStore store, OutboxDispatcher dispatcher, TimeProvider clock, IOptions<IntakeOptions> options) : IConsumer<AlertRejected>
{
    /// <summary>An excerpt is for recognising an alert, not for keeping it.</summary>
    private const int MaxExcerptChars = 4096;

    public async Task Consume(ConsumeContext<AlertRejected> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        var excerpt = m.Excerpt.Length > MaxExcerptChars ? m.Excerpt[..MaxExcerptChars] : m.Excerpt;
        await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, context.CancellationToken);
        await tx.Store.TryAddRejectedAlertAsync(
            new RejectedAlertRecord(m.RejectionId, m.Source, m.Format, m.Kind, m.Path, m.Reason, excerpt, m.Bytes, m.ReceivedAt),
            options.Value.MaxRejectedAlerts,
            context.CancellationToken);
        await tx.CommitAsync(context.CancellationToken);
    }
}
