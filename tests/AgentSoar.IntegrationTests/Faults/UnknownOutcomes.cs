using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>
/// The questions a step asks when its action may or may not have run (a redelivered, non-idempotent command), and
/// the answer a responder gives after checking the far side.
/// </summary>
internal static class UnknownOutcomes
{
    /// <summary>The pending approvals that are such questions: their choices include <c>took_effect</c>.</summary>
    public static async Task<IReadOnlyList<JsonElement>> PendingAsync(ApiClient responder) =>
        (await responder.GetJsonAsync("/api/v1/approvals?status=pending")).EnumerateArray()
            .Where(a => a.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.Object
                && q.GetProperty("choices").EnumerateArray().Any(c => c.GetString() == "took_effect"))
            .ToList();

    /// <summary>Answers <paramref name="question"/> with <c>took_effect</c>, <c>run_again</c> or <c>fail</c>.</summary>
    public static Task<HttpResponseMessage> AnswerAsync(ApiClient responder, JsonElement question, string answer, string reason) =>
        responder.PostAsync(
            $"/api/v1/approvals/{question.GetProperty("id").GetString()}/decision",
            new { decision = "approve", answer, reason, action_hash = question.GetProperty("action_hash").GetString() });
}
