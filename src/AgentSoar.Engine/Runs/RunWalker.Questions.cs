using System.Text.Json.Nodes;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Approvals;
using AgentSoar.Engine.Approvals;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

/// <summary>
/// The approval step: a question to the analysts. It goes through the same gate as an action's approval (who may
/// answer, how many, until when, bound to a hash of exactly what was asked); the answer is the step's output.
/// </summary>
internal sealed partial class RunWalker
{
    /// <summary>What the question's hash and the trace name it by, in place of connector.action.</summary>
    public const string QuestionConnector = "approval";

    public const string QuestionAction = "question";

    private StepState Ask(string id, ApprovalStep step, ExpressionScope scope)
    {
        var text = Evaluate(() => ExprValue.FromJson(step.Question.Render(scope)).ToString());
        if (text.Error is not null)
        {
            return Record(id, step, StepStatus.Failed, error: $"question: {text.Error}", errorKind: FailureKinds.Expression);
        }

        var kind = EngineJson.EnumName(step.Answer);
        var asked = new JsonObject
        {
            ["question"] = text.Value,
            ["answer"] = kind,
            ["choices"] = new JsonArray(step.AllowedAnswers.Select(a => (JsonNode?)a).ToArray()),
        };
        var hash = ActionHash.Compute(QuestionConnector, QuestionAction, asked);
        var approvalId = NextId(id, "approval");
        var expiresAt = now + (step.Expires ?? context.Policy.DefaultExpiry);
        var waiting = new StepState(id, "approval", StepStatus.WaitingApproval)
        {
            Connector = QuestionConnector,
            Action = QuestionAction,
            Inputs = asked,
            ActionHash = hash,
            ApprovalId = approvalId,
            Deadline = expiresAt,
            StartedAt = now,
            Detail = $"asked: {text.Value}",
        };
        State = State.WithStep(waiting);
        Commands.Add(new RequestApproval(
            approvalId, id, QuestionConnector, QuestionAction, asked.DeepClone(), hash, RiskLevel.Low,
            step.Approvers, step.Role, State.StartedBy, "the playbook asks the analysts a question", expiresAt)
        {
            Question = new ApprovalQuestion(text.Value!, kind, step.AllowedAnswers),
        });
        Audit("question_asked", id, new JsonObject { ["approval_id"] = approvalId.ToString(), ["question"] = text.Value, ["answer"] = kind, ["action_hash"] = hash, ["expires_at"] = expiresAt });
        Commands.Add(new NotifyStepChanged(id, waiting.Status.ToWire()));
        return waiting;
    }

    private void Answered(ApprovalStep step, StepState waiting, ApprovalResolved resolved)
    {
        var who = new JsonArray(resolved.DecidedBy.Select(d => (JsonNode?)d).ToArray());
        if (resolved.Status == "expired")
        {
            if (step.Default is { } fallback)
            {
                Finished(waiting with { Status = StepStatus.Succeeded, Output = new JsonObject { ["answer"] = fallback, ["answered_by"] = new JsonArray(), ["expired"] = true }, Detail = $"no answer in time: took the default '{fallback}'" });
                Audit("question_answered", waiting.Id, new JsonObject { ["answer"] = fallback, ["by"] = "default (expired)" });
                return;
            }

            Finished(waiting with { Status = StepStatus.Failed, Error = "the question expired unanswered and has no default", ErrorKind = FailureKinds.Timeout });
            Audit("question_expired", waiting.Id, new JsonObject { ["approval_id"] = resolved.ApprovalId.ToString() });
            return;
        }

        // For a yes/no question, approving answers yes and rejecting answers no; other questions need the answer itself.
        var answer = resolved.Answer ?? (step.Answer == AnswerKind.YesNo ? (resolved.Approved ? "yes" : "no") : null);
        if (answer is null)
        {
            Finished(waiting with { Status = StepStatus.Denied, Error = $"refused by {string.Join(", ", resolved.DecidedBy)} without an answer{(resolved.Reason is null ? string.Empty : $": {resolved.Reason}")}", ErrorKind = FailureKinds.Denied });
            Audit("question_refused", waiting.Id, new JsonObject { ["by"] = who.DeepClone(), ["reason"] = resolved.Reason });
            return;
        }

        if (step.AllowedAnswers.Count > 0 && !step.AllowedAnswers.Contains(answer))
        {
            Finished(waiting with { Status = StepStatus.Failed, Error = $"the answer '{answer}' is not one of {string.Join(", ", step.AllowedAnswers)}", ErrorKind = FailureKinds.InvalidInput });
            return;
        }

        Finished(waiting with { Status = StepStatus.Succeeded, Output = new JsonObject { ["answer"] = answer, ["answered_by"] = who.DeepClone(), ["reason"] = resolved.Reason }, Detail = $"answered '{answer}' by {string.Join(", ", resolved.DecidedBy)}" });
        Audit("question_answered", waiting.Id, new JsonObject { ["approval_id"] = resolved.ApprovalId.ToString(), ["answer"] = answer, ["by"] = who.DeepClone() });
    }
}
