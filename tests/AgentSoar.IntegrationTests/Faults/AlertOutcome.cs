using System.Net;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>How one posted alert was answered: status (null when no answer came), its id when accepted, and when.</summary>
public sealed record AlertOutcome(int Index, string Ip, TimeSpan PostedAt, TimeSpan AnsweredAt, HttpStatusCode? Status, string? AlertId, string? RetryAfter, string Body)
{
    public TimeSpan Took => AnsweredAt - PostedAt;

    public override string ToString() =>
        $"#{Index} {Ip} at {PostedAt.TotalSeconds:0.0}s: {(Status is { } s ? (int)s : "no answer")} after {Took.TotalSeconds:0.0}s{(RetryAfter is null ? string.Empty : $" Retry-After {RetryAfter}")} {Body}";
}
