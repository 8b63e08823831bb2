namespace AgentSoar.Contracts.Incidents;

/// <summary>Request: add a comment to an incident's timeline. Answered with <see cref="IncidentChangeResult"/>.</summary>
/// <param name="IncidentId">The incident.</param>
/// <param name="Author">Who comments: the authenticated caller, never a field a client chooses.</param>
/// <param name="Text">The comment, plain text (line breaks allowed).</param>
public sealed record CommentOnIncident(Guid IncidentId, string Author, string Text);
