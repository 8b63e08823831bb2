using System.Collections.Immutable;
using System.Text.Json.Nodes;
using AgentSoar.Engine.Approvals;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Engine.Runs;

/// <summary>
/// Rollback: the actions a finished run performed are undone with the undo actions their connectors declare, newest
/// first, one at a time, each through the approval gate like any action (the person who asked is its proposer,
/// so someone else approves). An undo that fails or is refused is recorded, and the others still run.
/// </summary>
internal sealed partial class RunWalker
{
    /// <summary>Plans the rollback; false (nothing changes) when the run is not finished or was already rolled back.</summary>
    public bool BeginRollback(RollbackRequested request)
    {
        if (!State.Status.IsFinal() || State.Rollback is not null)
        {
            return false;
        }

        var plan = ImmutableList.CreateBuilder<UndoStep>();
        var notUndone = ImmutableList.CreateBuilder<string>();
        var performed = State.Steps
            .Where(s => s.Kind == "action" && s.Status == StepStatus.Succeeded && s.Connector is not null && s.Action is not null)
            .Select((step, order) => (step, order))
            .OrderByDescending(p => p.step.FinishedAt)
            .ThenByDescending(p => p.order)
            .Select(p => p.step);
        foreach (var step in performed)
        {
            var traits = context.Actions.Find(step.Connector!, step.Action!);
            if (traits is { Mutating: false })
            {
                continue; // changed nothing, so nothing to put back
            }

            if (step.Simulated)
            {
                notUndone.Add($"{step.Id}: {step.Connector}.{step.Action} was only simulated; nothing to undo");
            }
            else if (traits?.UndoAction is not { } undo)
            {
                notUndone.Add($"{step.Id}: {step.Connector}.{step.Action} declares no undo action; undo it by hand");
            }
            else
            {
                plan.Add(new UndoStep(step.Id, step.Connector!, undo, UndoInputs(step, context.Actions.Find(step.Connector!, undo))));
            }
        }

        var rollback = new RollbackState(request.RequestedBy, request.Reason, now, State.Status) { Plan = plan.ToImmutable(), NotUndone = notUndone.ToImmutable() };
        State = State with { Status = RunStatus.RollingBack, Rollback = rollback };
        Audit("rollback_requested", null, new JsonObject
        {
            ["by"] = request.RequestedBy,
            ["reason"] = request.Reason,
            ["undo"] = new JsonArray(rollback.Plan.Select(u => (JsonNode?)$"{u.Id} ({u.Connector}.{u.Action})").ToArray()),
            ["not_undone"] = new JsonArray(rollback.NotUndone.Select(n => (JsonNode?)n).ToArray()),
        });
        Commands.Add(new NotifyStepChanged(null, State.Status.ToWire()));
        return true;
    }

    /// <summary>
    /// The undo takes the inputs it declares, by name, from the original action's inputs or else its output (an id
    /// the action created); when its inputs are not known, it gets the original inputs as they were.
    /// </summary>
    private static JsonObject UndoInputs(StepState step, ActionTraits? undo)
    {
        var original = step.Inputs as JsonObject ?? [];
        if (undo?.InputNames is not { } names)
        {
            return (JsonObject)original.DeepClone();
        }

        var inputs = new JsonObject();
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            var value = original[name] ?? (step.Output as JsonObject)?[name];
            if (value is not null)
            {
                inputs[name] = value.DeepClone();
            }
        }

        return inputs;
    }

    private void ContinueRollback(RollbackState rollback)
    {
        foreach (var undo in rollback.Plan)
        {
            var recorded = State.FindStep(undo.Id) ?? StartAction(undo.Id, UndoAction(undo), BuildScope(RootFrame()));
            if (!recorded.Status.IsFinal())
            {
                State = State with { Status = RunStatus.RollingBack };
                return;
            }
        }

        var undone = rollback.Plan.Select(u => State.FindStep(u.Id)!).ToList();
        var failed = undone.Where(s => s.Status != StepStatus.Succeeded).Select(s => s.Id).ToList();
        State = State with
        {
            Status = failed.Count == 0 ? RunStatus.RolledBack : RunStatus.RollbackFailed,
            Reason = failed.Count == 0
                ? $"rolled back: {undone.Count} action(s) undone{(rollback.NotUndone.Count > 0 ? $", {rollback.NotUndone.Count} left as they were" : string.Empty)}"
                : $"rollback incomplete: {string.Join(", ", failed)} did not succeed",
        };
        AuditRunFinished();
    }

    /// <summary>An undo as the action step it runs as; literal inputs, so nothing is evaluated again.</summary>
    private static ActionStep UndoAction(UndoStep undo) => new(
        undo.Id,
        SourceLocation.None,
        undo.Connector,
        undo.Action,
        undo.Inputs.ToDictionary(p => p.Key, p => (ValueTemplate)new LiteralTemplate(SourceLocation.None, p.Value?.DeepClone()), StringComparer.Ordinal));
}
