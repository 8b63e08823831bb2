using System.Text.Json.Nodes;
using AgentSoar.Engine.Approvals;
using AgentSoar.Engine.Commands;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

internal sealed partial class RunWalker
{
    private StepState StartAction(string id, ActionStep step, ExpressionScope scope)
    {
        var inputs = new JsonObject();
        foreach (var (name, template) in step.With)
        {
            var rendered = Evaluate(() => template.Render(scope));
            if (rendered.Error is not null)
            {
                return Record(id, step, StepStatus.Failed, error: $"input '{name}': {rendered.Error}", errorKind: FailureKinds.Expression);
            }

            inputs[name] = rendered.Value;
        }

        var hash = ActionHash.Compute(step.Connector, step.Action, inputs);
        var requirement = ApprovalRequirementEvaluator.Evaluate(context.Policy, context.Actions.Find(step.Connector, step.Action), step.Approval, inputs);
        var pending = new StepState(id, "action", StepStatus.WaitingApproval)
        {
            Connector = step.Connector,
            Action = step.Action,
            Inputs = inputs,
            ActionHash = hash,
            StartedAt = now,
        };

        if (!requirement.IsRequired)
        {
            return Dispatch(id, step, pending, $"no approval needed: {requirement.Reason}");
        }

        var approvalId = NextId(id, "approval");
        var expiresAt = now + requirement.Expiry;
        var waiting = pending with { ApprovalId = approvalId, Deadline = expiresAt, Detail = $"waiting for approval: {requirement.Reason}" };
        State = State.WithStep(waiting);
        Commands.Add(new RequestApproval(
            approvalId, id, step.Connector, step.Action, inputs.DeepClone(), hash, requirement.Risk,
            requirement.Approvers, requirement.Role, State.Rollback?.RequestedBy ?? State.StartedBy, requirement.Reason, expiresAt)
        {
            Asset = requirement.Asset,
            TargetCount = requirement.TargetCount,
        });
        var requested = new JsonObject
        {
            ["approval_id"] = approvalId.ToString(),
            ["action"] = $"{step.Connector}.{step.Action}",
            ["action_hash"] = hash,
            ["risk"] = EngineJson.EnumName(requirement.Risk),
            ["required_approvals"] = requirement.Approvers,
            ["reason"] = requirement.Reason,
            ["expires_at"] = expiresAt,
        };
        if (requirement.Asset is { } asset)
        {
            requested["target"] = asset.Target;
            requested["asset"] = asset.Asset;
            requested["target_criticality"] = EngineJson.EnumName(asset.Criticality);
        }

        if (requirement.TargetCount is { } count)
        {
            requested["target_count"] = count;
        }

        Audit("approval_requested", id, requested);
        Commands.Add(new NotifyStepChanged(id, waiting.Status.ToWire()));
        return waiting;
    }

    /// <summary>A new id for something the run sends out (an execution, an approval), numbered by <see cref="RunState.Sequence"/>.</summary>
    private Guid NextId(string stepId, string purpose)
    {
        State = State with { Sequence = State.Sequence + 1 };
        return DeterministicGuid.Create(State.RunId, $"{stepId}/{purpose}/{State.Sequence}");
    }

    /// <remarks>
    /// One attempt per dispatch: retries are the engine's (<c>retry</c> on the step), each a new execution with its
    /// own id and idempotency key, so the delay, the backoff and which failures are retried are the playbook's, and
    /// every attempt is in the trace.
    /// </remarks>
    private StepState Dispatch(string id, ActionStep step, StepState recorded, string why)
    {
        // What goes out must be exactly what was approved: the inputs recorded with the request.
        if (recorded.ActionHash is not null && ActionHash.Compute(step.Connector, step.Action, recorded.Inputs) != recorded.ActionHash)
        {
            return Record(id, step, StepStatus.Failed, error: "the action no longer matches the hash it was approved with; not dispatched");
        }

        var timeout = step.Timeout ?? context.DefaultActionTimeout;
        var sequence = State.Sequence + 1;
        var executionId = NextId(id, "execute");
        var running = recorded with
        {
            Status = StepStatus.Running,
            ExecutionId = executionId,
            Deadline = now + timeout + context.DispatchGrace,
            Detail = why,
        };
        State = State.WithStep(running);
        Commands.Add(new DispatchAction(
            executionId, id, step.Connector, step.Action, running.Inputs?.DeepClone() ?? new JsonObject(),
            $"{State.RunId:N}/{id}/{sequence}", timeout, 1, running.Deadline!.Value));
        Audit("action_dispatched", id, new JsonObject
        {
            ["execution_id"] = executionId.ToString(),
            ["action"] = $"{step.Connector}.{step.Action}",
            ["action_hash"] = running.ActionHash,
            ["inputs"] = running.Inputs?.DeepClone(),
            ["why"] = why,
        });
        Commands.Add(new NotifyStepChanged(id, running.Status.ToWire()));
        return running;
    }
}
