using System.Text.Json.Nodes;
using AgentSoar.Contracts.Incidents;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Incidents;

/// <summary>
/// The rules of case work, without storage: each request is checked against the incident as it is
/// now and becomes either a refusal that says why or the incident's next version. Closing does not
/// stop runs still going: a playbook may close its own incident as its last step.
/// </summary>
internal static class CaseWork
{
    public static CaseDecision Comment(IncidentRecord incident, CommentOnIncident request, Guid commentId, DateTimeOffset now)
    {
        if ((CaseText.NameProblem(request.Author, "author") ?? CaseText.CommentProblem(request.Text)) is { } problem)
        {
            return CaseDecision.Invalid(problem);
        }

        var comment = new IncidentCommentRecord(commentId, incident.Id, request.Author, request.Text, now);
        return CaseDecision.Changed("comment added", new CaseChange(Next(incident, now), "commented", "incident_commented", new JsonObject
        {
            ["comment_id"] = commentId.ToString(),
            ["text"] = request.Text,
        })
        { Comment = comment });
    }

    public static CaseDecision Tag(IncidentRecord incident, TagIncident request, DateTimeOffset now)
    {
        if (CaseText.NameProblem(request.By, "requester") is { } byProblem)
        {
            return CaseDecision.Invalid(byProblem);
        }

        if (request.Add.Count == 0 && request.Remove.Count == 0)
        {
            return CaseDecision.Invalid("give at least one tag to add or remove");
        }

        var add = new List<string>();
        var remove = new List<string>();
        foreach (var (raw, into) in request.Add.Select(t => (t, add)).Concat(request.Remove.Select(t => (t, remove))))
        {
            var (tag, problem) = CaseText.Tag(raw);
            if (problem is not null)
            {
                return CaseDecision.Invalid(problem);
            }

            into.Add(tag!);
        }

        if (add.Intersect(remove, StringComparer.Ordinal).FirstOrDefault() is { } both)
        {
            return CaseDecision.Invalid($"the tag '{both}' is both added and removed");
        }

        var before = CaseText.ReadTags(incident.TagsJson);
        var after = before.Where(t => !remove.Contains(t, StringComparer.Ordinal)).Concat(add).Distinct(StringComparer.Ordinal).ToList();
        if (after.Count > CaseText.MaxTags)
        {
            return CaseDecision.Invalid($"an incident may carry at most {CaseText.MaxTags} tags; this would give it {after.Count}");
        }

        if (after.SequenceEqual(before, StringComparer.Ordinal))
        {
            return CaseDecision.Unchanged("the incident's tags already are as asked");
        }

        var added = after.Except(before, StringComparer.Ordinal).ToList();
        var removed = before.Except(after, StringComparer.Ordinal).ToList();
        return CaseDecision.Changed(Describe(added, removed), new CaseChange(Next(incident, now) with { TagsJson = CaseText.WriteTags(after) }, "tagged", "incident_tagged", new JsonObject
        {
            ["added"] = new JsonArray(added.Select(t => (JsonNode?)t).ToArray()),
            ["removed"] = new JsonArray(removed.Select(t => (JsonNode?)t).ToArray()),
        }));
    }

    public static CaseDecision Assign(IncidentRecord incident, AssignIncident request, DateTimeOffset now)
    {
        if ((CaseText.NameProblem(request.By, "requester") ?? (request.Assignee is null ? null : CaseText.NameProblem(request.Assignee, "assignee"))) is { } problem)
        {
            return CaseDecision.Invalid(problem);
        }

        if (string.Equals(incident.Assignee, request.Assignee, StringComparison.Ordinal))
        {
            return CaseDecision.Unchanged(request.Assignee is null ? "the incident is not assigned" : $"the incident is assigned to {request.Assignee} already");
        }

        var detail = request.Assignee is null ? "unassigned" : $"assigned to {request.Assignee}";
        return CaseDecision.Changed(detail, new CaseChange(Next(incident, now) with { Assignee = request.Assignee }, "assigned", "incident_assigned", new JsonObject
        {
            ["assignee"] = request.Assignee,
            ["previous"] = incident.Assignee,
        }));
    }

    public static CaseDecision Close(IncidentRecord incident, CloseIncident request, DateTimeOffset now)
    {
        if ((CaseText.NameProblem(request.By, "requester") ?? CaseText.ReasonProblem(request.Reason)) is { } problem)
        {
            return CaseDecision.Invalid(problem);
        }

        if (!IncidentResolutions.All.Contains(request.Resolution, StringComparer.Ordinal))
        {
            return CaseDecision.Invalid($"the resolution '{request.Resolution}' is unknown; use one of {string.Join(", ", IncidentResolutions.All)}");
        }

        if (incident.Status == IncidentStatuses.Closed)
        {
            return CaseDecision.Conflict($"the incident was closed already ({incident.Resolution}); reopen it first to close it differently");
        }

        var closed = Next(incident, now) with { Status = IncidentStatuses.Closed, ClosedAt = now, Resolution = request.Resolution };
        return CaseDecision.Changed($"closed as {request.Resolution}", new CaseChange(closed, "closed", "incident_closed", new JsonObject
        {
            ["resolution"] = request.Resolution,
            ["reason"] = request.Reason,
        }));
    }

    public static CaseDecision Reopen(IncidentRecord incident, ReopenIncident request, DateTimeOffset now)
    {
        if ((CaseText.NameProblem(request.By, "requester") ?? CaseText.ReasonProblem(request.Reason)) is { } problem)
        {
            return CaseDecision.Invalid(problem);
        }

        if (incident.Status != IncidentStatuses.Closed)
        {
            return CaseDecision.Conflict("the incident is open; only a closed incident can be reopened");
        }

        var reopened = Next(incident, now) with { Status = IncidentStatuses.Open, ClosedAt = null, Resolution = null };
        return CaseDecision.Changed("reopened", new CaseChange(reopened, "reopened", "incident_reopened", new JsonObject
        {
            ["previous_resolution"] = incident.Resolution,
            ["reason"] = request.Reason,
        }));
    }

    private static IncidentRecord Next(IncidentRecord incident, DateTimeOffset now) =>
        incident with { UpdatedAt = now, Version = incident.Version + 1 };

    private static string Describe(IReadOnlyList<string> added, IReadOnlyList<string> removed) =>
        string.Join("; ", new[]
        {
            added.Count > 0 ? "added " + string.Join(", ", added) : null,
            removed.Count > 0 ? "removed " + string.Join(", ", removed) : null,
        }.Where(s => s is not null));
}
