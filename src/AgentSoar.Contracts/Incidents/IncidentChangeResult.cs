using AgentSoar.Contracts.Queries;

namespace AgentSoar.Contracts.Incidents;

/// <summary>The Coordinator's answer to a request that changes an incident.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Detail">Why, in words a person can act on.</param>
/// <param name="Incident">The incident after the request, when it exists.</param>
public sealed record IncidentChangeResult(IncidentChangeOutcome Outcome, string Detail, IncidentView? Incident)
{
    /// <summary>The comment added, for <see cref="CommentOnIncident"/>.</summary>
    public IncidentCommentView? Comment { get; init; }
}
