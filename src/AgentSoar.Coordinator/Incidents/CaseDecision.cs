using System.Text.Json.Nodes;
using AgentSoar.Contracts.Incidents;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Incidents;

/// <summary>What a request does to an incident: nothing (with the outcome and why), or a change to store and audit.</summary>
internal sealed record CaseDecision(IncidentChangeOutcome Outcome, string Detail, CaseChange? Change = null)
{
    public static CaseDecision Invalid(string detail) => new(IncidentChangeOutcome.Invalid, detail);

    public static CaseDecision Conflict(string detail) => new(IncidentChangeOutcome.Conflict, detail);

    public static CaseDecision Unchanged(string detail) => new(IncidentChangeOutcome.Unchanged, detail);

    public static CaseDecision Changed(string detail, CaseChange change) => new(IncidentChangeOutcome.Changed, detail, change);
}

/// <summary>The incident's next version, the audit entry that explains it, and the comment it adds, if any.</summary>
/// <param name="Incident">The incident as it will be stored (version already advanced).</param>
/// <param name="Change">The word live views receive (<c>commented</c>, <c>tagged</c>...).</param>
/// <param name="AuditKind">The audit entry's kind.</param>
/// <param name="AuditData">The audit entry's data.</param>
internal sealed record CaseChange(IncidentRecord Incident, string Change, string AuditKind, JsonObject AuditData)
{
    public IncidentCommentRecord? Comment { get; init; }
}
