namespace AgentSoar.Contracts.Queries;

/// <summary>Request: the newest refused alerts. Answered with <see cref="RejectedAlertList"/>.</summary>
public sealed record GetRejectedAlerts(int Limit);

/// <summary>Refused alerts, newest first.</summary>
public sealed record RejectedAlertList(IReadOnlyList<RejectedAlertView> Rejected);

/// <summary>A refused alert: who sent it, why it was refused, and the first bytes of it.</summary>
public sealed record RejectedAlertView(Guid Id, string Source, string? Format, string Kind, string Path, string Reason, string Excerpt, int Bytes, DateTimeOffset ReceivedAt);
