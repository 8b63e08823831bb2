using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary>
/// One step of a playbook. New step kinds are new subclasses: they say which templates they
/// evaluate and which branches of steps they hold, and the validator and engine walk them alike.
/// </summary>
public abstract record Step(string Id, SourceLocation Location)
{
    /// <summary>A title for people (the console, the trace, CACAO); the id stays what expressions use.</summary>
    public string? Name { get; init; }

    /// <summary>What the step is for, in a sentence or two.</summary>
    public string? Description { get; init; }

    /// <summary>Optional guard: when it evaluates false the step is skipped.</summary>
    public ValueTemplate? Guard { get; init; }

    /// <summary>What a failure of this step does once its compensation (if any) has run: fail the enclosing block, or go on.</summary>
    public OnFailure OnFailure { get; init; } = OnFailure.Fail;

    /// <summary>Steps that run when this step fails (after its retries), to undo or contain what it did; then <see cref="OnFailure"/> applies.</summary>
    public IReadOnlyList<Step> Compensation { get; init; } = [];

    /// <summary>
    /// How long the step may take. For an action, the connector's time budget for one attempt; for any other step, the
    /// time from its start until it and everything inside it has finished, after which it fails with a timeout.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Runs the step again when it fails in one of the listed ways.</summary>
    public RetrySpec? Retry { get; init; }

    /// <summary>The lists of steps nested in this one (if/else, switch cases, parallel branches, loop bodies), in order.</summary>
    public virtual IEnumerable<IReadOnlyList<Step>> Branches => [];

    /// <summary>The steps nested directly inside this one, in order, compensation steps last.</summary>
    public IEnumerable<Step> Children => Branches.SelectMany(b => b).Concat(Compensation);

    /// <summary>The templates this step itself evaluates when it starts (its guard included), for validation.</summary>
    public virtual IEnumerable<ValueTemplate?> Templates => [Guard];
}
