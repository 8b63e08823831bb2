using System.Reflection;
using AgentSoar.Contracts.DeadLetters;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgentSoar.Hosting.Bus.DeadLetters;

/// <summary>
/// The last filter of every endpoint's error pipe: the message is in its <c>_error</c> queue already (with MassTransit's
/// fault headers), and this announces it as a <see cref="MessageDeadLettered"/>. It never throws: a notice that can't be
/// sent is logged, and the message stays in the error queue either way.
/// </summary>
public sealed partial class DeadLetterNoticeFilter(TimeProvider clock, ILogger logger) : IFilter<ExceptionReceiveContext>
{
    private static readonly string Service = Assembly.GetEntryAssembly()?.GetName().Name ?? "unknown";

    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next.Send(context);
        try
        {
            var consumed = context.TryGetPayload(out ConsumeContext? consume) ? consume : null;
            var notice = DeadLetterNotice.Create(
                context.InputAddress,
                context.Body.GetBytes(),
                context.ContentType?.MediaType,
                consumed?.SupportedMessageTypes.ToList() ?? [],
                consumed?.MessageId ?? context.GetMessageId(),
                context.Exception,
                Service,
                clock.GetUtcNow());
            if (notice.MessageTypes.Contains(DeadLetterNotice.NoticeMessageType))
            {
                // The Coordinator could not store a notice: announcing that failure would fail the same way, forever.
                LogNoticeFailed(logger, notice.SourceQueue, notice.Reason);
                return;
            }

            var endpoint = await context.PublishEndpointProvider.GetPublishSendEndpoint<MessageDeadLettered>();
            await endpoint.Send(notice);
            LogDeadLettered(logger, notice.SourceQueue, notice.MessageId, notice.ExceptionType, notice.DeadLetterId);
        }
        catch (Exception ex)
        {
            LogNotAnnounced(logger, ex, context.InputAddress);
        }
    }

    public void Probe(ProbeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.CreateFilterScope("agentsoar-dead-letter-notice");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A message on {Queue} failed for good (message {MessageId}, {ExceptionType}); it is in the error queue, dead letter {DeadLetterId}")]
    private static partial void LogDeadLettered(ILogger logger, string queue, Guid? messageId, string exceptionType, Guid deadLetterId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A dead-letter notice could not be stored ({Queue}: {Reason}); it is in that queue's error queue")]
    private static partial void LogNoticeFailed(ILogger logger, string queue, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A message on {InputAddress} is in the error queue, but it could not be announced as a dead letter")]
    private static partial void LogNotAnnounced(ILogger logger, Exception exception, Uri inputAddress);
}
