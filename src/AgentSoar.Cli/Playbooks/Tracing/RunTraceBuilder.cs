using AgentSoar.Contracts.Secrets;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cli.Playbooks.Tracing;

/// <summary>Turns a run's state (and what its driver noted) into a <see cref="RunTrace"/>, with secrets masked.</summary>
internal static class RunTraceBuilder
{
    public static RunTrace Build(RunState run, Playbook playbook, string mode, TraceAnnotations? annotations = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(playbook);
        var layout = new StepLayout(playbook);
        var steps = run.Steps.Select(step => Step(step, layout, annotations)).ToList();
        var finishedAt = run.Status.IsFinal() ? run.UpdatedAt : (DateTimeOffset?)null;
        return new RunTrace(
            RunTrace.CurrentVersion,
            run.PlaybookId,
            run.PlaybookVersion,
            mode,
            run.Status.ToWire(),
            run.Reason,
            run.CreatedAt,
            finishedAt,
            Milliseconds(run.CreatedAt, finishedAt),
            SecretFields.Mask(run.Inputs),
            SecretFields.Mask(run.Outputs),
            steps,
            annotations?.RunNotes.ToList() ?? []);
    }

    private static StepTrace Step(StepState step, StepLayout layout, TraceAnnotations? annotations)
    {
        var (definition, parent, depth) = layout.Find(step.Id);
        return new StepTrace(step.Id, step.Kind, step.Status.ToWire(), parent, depth)
        {
            Name = definition?.Name,
            Action = step.Connector is null ? null : $"{step.Connector}.{step.Action}",
            Effect = annotations?.EffectOf(step.Id),
            Inputs = SecretFields.Mask(step.Inputs),
            Output = SecretFields.Mask(step.Output),
            Error = step.Error,
            ErrorKind = step.ErrorKind,
            Detail = step.Detail,
            Branch = step.Taken is int taken ? BranchName(definition, taken) : null,
            Decision = step.Decision,
            Simulated = step.Simulated,
            Attempts = step.Attempts,
            Attempt = step.Attempt,
            PreviousAttempts = step.PreviousAttempts,
            StartedAt = step.StartedAt,
            FinishedAt = step.FinishedAt,
            DurationMs = Milliseconds(step.StartedAt, step.FinishedAt),
            Approval = annotations?.ApprovalOf(step.Id),
            Notes = annotations?.NotesOf(step.Id).ToList() ?? [],
        };
    }

    private static string BranchName(Step? step, int taken) => step switch
    {
        IfStep => taken == 0 ? "then" : "else",
        SwitchStep choice when taken < choice.Cases.Count => $"case '{choice.Cases[taken].Match}'",
        SwitchStep => "default",
        _ => $"branch {taken}",
    };

    private static double? Milliseconds(DateTimeOffset? start, DateTimeOffset? end) =>
        start is { } from && end is { } to ? Math.Round((to - from).TotalMilliseconds, 1) : null;
}
