using System.Text.Json;
using AgentSoar.Contracts.DeadLetters;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.DeadLetters;

internal static class DeadLetterViews
{
    public static DeadLetterView ToView(DeadLetterRecord r, bool withBody) => new(
        r.Id,
        r.SourceQueue,
        JsonSerializer.Deserialize<List<string>>(r.MessageTypesJson) ?? [],
        r.MessageId,
        r.ExceptionType,
        r.Reason,
        r.ContentType,
        withBody ? r.Body : null,
        r.BodyBytes,
        r.BodyTruncated,
        r.BodyMasked,
        r.Service,
        r.FailedAt,
        r.ReplayedAt is null && DeadLetterReplay.Problem(r) is null,
        r.ReplayedBy,
        r.ReplayedAt);
}
