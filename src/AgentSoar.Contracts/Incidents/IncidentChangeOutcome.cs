namespace AgentSoar.Contracts.Incidents;

/// <summary>What became of a request to change an incident.</summary>
public enum IncidentChangeOutcome
{
    /// <summary>The change was made and recorded.</summary>
    Changed,

    /// <summary>The incident already was as asked (tags it had, the same assignee): nothing was recorded.</summary>
    Unchanged,

    /// <summary>There is no such incident.</summary>
    NotFound,

    /// <summary>The request itself is wrong (an empty comment, a malformed tag, an unknown resolution); the detail says what.</summary>
    Invalid,

    /// <summary>The incident's state does not allow it (closing a closed incident, commenting on nothing).</summary>
    Conflict,
}
