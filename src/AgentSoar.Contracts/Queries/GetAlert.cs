namespace AgentSoar.Contracts.Queries;

/// <summary>Query; answered with <see cref="AlertDetails"/>.</summary>
public sealed record GetAlert(Guid AlertId);
