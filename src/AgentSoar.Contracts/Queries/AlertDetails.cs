namespace AgentSoar.Contracts.Queries;

/// <summary><see cref="Alert"/> is null when intake has not recorded that alert (yet).</summary>
public sealed record AlertDetails(AlertView? Alert);
