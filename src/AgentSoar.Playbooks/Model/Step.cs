using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary>
/// One step of a playbook. New step kinds are new subclasses: they say which templates they
/// evaluate and which branches of steps they hold, and the validator and engine walk them alike.
/// </summary>
public abstract record Step(string Id, SourceLocation Location)
{
    /// <summary>Optional guard: when it evaluates false the step is skipped.</summary>
    public ValueTemplate? Guard { get; init; }

    public OnFailure OnFailure { get; init; } = OnFailure.Fail;

    /// <summary>The lists of steps nested in this one (if/else, switch cases, parallel branches), in order.</summary>
    public virtual IEnumerable<IReadOnlyList<Step>> Branches => [];

    /// <summary>The steps nested directly inside this one, in order.</summary>
    public IEnumerable<Step> Children => Branches.SelectMany(b => b);

    /// <summary>The templates this step itself evaluates when it starts (its guard included), for validation.</summary>
    public virtual IEnumerable<ValueTemplate?> Templates => [Guard];
}
