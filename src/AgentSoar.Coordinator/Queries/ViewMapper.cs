using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.Queries;
using AgentSoar.Contracts.Secrets;
using AgentSoar.Coordinator.Approvals;
using AgentSoar.Coordinator.Incidents;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Engine;
using AgentSoar.Engine.Runs;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Queries;

/// <summary>Turns stored rows into the views the API shows.</summary>
public static class ViewMapper
{
    public static IncidentView ToView(IncidentRecord r) => new(r.Id, r.Title, r.SeverityId, r.Status, r.CreatedAt, r.UpdatedAt)
    {
        Assignee = r.Assignee,
        Tags = CaseText.ReadTags(r.TagsJson),
        ClosedAt = r.ClosedAt,
        Resolution = r.Resolution,
        AlertCount = r.AlertCount,
        DuplicateCount = r.DuplicateCount,
    };

    public static IncidentCommentView ToView(IncidentCommentRecord r) => new(r.Id, r.IncidentId, r.Author, r.Body, r.CreatedAt);

    public static AlertView ToView(AlertRecord r) => new(r.Id, r.IncidentId, r.Source, r.ReceivedAt, Parse(r.FindingJson)) { DuplicateOf = r.DuplicateOf };

    // The candidates' inputs come from the alert: a secret-named field in it is masked like a run's inputs.
    public static PlanView ToView(PlanRecord r) => new(r.Id, r.AlertId, r.PlannerKind, r.CreatedAt, SecretFields.Mask(Parse(r.DecisionJson)))
    {
        Outcome = r.OutcomeJson is null ? null : Parse(r.OutcomeJson),
    };

    public static AuditEntryView ToView(AuditEntry e) => new(e.Sequence, e.At, e.Actor, e.Kind, e.IncidentId, e.RunId, e.StepId, Parse(e.DataJson), e.Hash);

    public static RunView ToView(RunRecord record)
    {
        var state = RunStateJson.FromRecord(record);
        return new RunView(
            state.RunId, state.IncidentId, state.PlaybookId, state.PlaybookVersion, state.Status.ToWire(), state.Reason, state.StartedBy,
            state.CreatedAt, state.UpdatedAt, JsonSerializer.SerializeToElement(SecretFields.Mask(state.Inputs)), Masked(state.Outputs),
            state.Steps.Select(ToView).ToList())
        {
            Rollback = state.Rollback is { } r
                ? new RollbackView(r.RequestedBy, r.Reason, r.RequestedAt, r.Plan.Select(u => u.Id).ToList(), r.NotUndone)
                : null,
        };
    }

    public static ApprovalView ToView(ApprovalRecord record)
    {
        var t = ApprovalTicketJson.FromRecord(record);
        return new ApprovalView(
            t.Id, t.RunId, t.IncidentId, t.StepId, EngineJson.EnumName(t.Status), t.Connector, t.Action, SecretFields.Mask(JsonSerializer.SerializeToElement(t.Inputs)),
            t.ActionHash, t.Risk, t.RequiredApprovals, t.Role, t.Decisions.Select(d => new ApproverDecisionView(d.By, d.Approved, d.Reason, d.At)).ToList(),
            t.ProposedBy, t.Reason, t.CreatedAt, t.ExpiresAt, t.DecidedAt)
        {
            Question = t.Question,
            Answer = t.Answer,
            Target = t.Asset?.Target,
            Asset = t.Asset?.Asset,
            TargetCriticality = t.Asset?.Criticality,
            TargetCount = t.TargetCount,
        };
    }

    private static StepView ToView(StepState s) => new(
        s.Id, s.Kind, s.Status.ToWire(), s.Connector, s.Action, Masked(s.Inputs), Masked(s.Output),
        s.Error, s.Detail, s.ApprovalId, s.Attempts, s.StartedAt, s.FinishedAt,
        s.StartedAt is { } start && s.FinishedAt is { } end ? Math.Round((end - start).TotalMilliseconds, 1) : null)
    {
        Simulated = s.Simulated,
        Taken = s.Taken,
        Decision = s.Decision is { } d ? new BranchDecisionView(d.Expression, d.Value, d.Branch) : null,
        ErrorKind = s.ErrorKind,
        Attempt = s.Attempt,
        PreviousAttempts = [.. s.PreviousAttempts.Select(a => new StepAttemptView(a.Attempt, a.ErrorKind, a.Error, a.StartedAt, a.FinishedAt))],
    };

    // Views travel on the bus and out of the API: secret-named fields are masked before they leave the Coordinator.
    private static JsonElement? Masked(JsonNode? node) =>
        node is null ? null : JsonSerializer.SerializeToElement(SecretFields.Mask(node));

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
