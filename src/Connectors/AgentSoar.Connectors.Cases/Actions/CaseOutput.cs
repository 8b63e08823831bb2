using System.ComponentModel;

namespace AgentSoar.Connectors.Cases;

/// <summary>The incident after a change.</summary>
internal sealed record CaseOutput(
    [Description("The incident's id.")] Guid IncidentId,
    [Description("True when the incident changed; false when it already was as asked.")] bool Changed,
    [Description("What was done, or why nothing was.")] string Detail,
    [Description("open or closed.")] string Status,
    [Description("Who works on it; null when nobody does.")] string? Assignee,
    [Description("Its tags.")] IReadOnlyList<string> Tags,
    [Description("How it was closed; null while open.")] string? Resolution)
{
    public static CaseOutput From(ApiChange change, Guid incident) => new(
        change.Incident?.Id ?? incident,
        change.Outcome == "changed",
        change.Detail,
        change.Incident?.Status ?? "",
        change.Incident?.Assignee,
        change.Incident?.Tags ?? [],
        change.Incident?.Resolution);
}

/// <summary>A comment added.</summary>
internal sealed record CommentOutput(
    [Description("The incident's id.")] Guid IncidentId,
    [Description("The comment's id; null when this execution's comment was added already (a retry).")] Guid? CommentId,
    [Description("When it was added; null for a retry.")] DateTimeOffset? CreatedAt);

/// <summary>The key the connector uses, as the API sees it.</summary>
internal sealed record TestOutput(
    [Description("The API the connector calls.")] string ApiUrl,
    [Description("The key's name.")] string Name,
    [Description("The key's roles.")] IReadOnlyList<string> Roles);
