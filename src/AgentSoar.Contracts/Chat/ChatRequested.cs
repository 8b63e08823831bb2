namespace AgentSoar.Contracts.Chat;

/// <summary>Request to the planner: an analyst's chat message in an incident's room. Answered with <see cref="ChatAnswered"/>.</summary>
/// <param name="IncidentId">The incident whose room it was written in.</param>
/// <param name="Author">Who wrote it (the authenticated caller).</param>
/// <param name="Message">What they wrote.</param>
public sealed record ChatRequested(Guid IncidentId, string Author, string Message);
