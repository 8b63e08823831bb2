using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary>
/// One step of a playbook. New step kinds (switch, parallel, foreach, wait, ...) are new subclasses;
/// the engine dispatches on the kind.
/// </summary>
public abstract record Step(string Id, SourceLocation Location)
{
    /// <summary>Optional guard: when it evaluates false the step is skipped.</summary>
    public ValueTemplate? Guard { get; init; }

    public OnFailure OnFailure { get; init; } = OnFailure.Fail;

    /// <summary>The steps nested directly inside this one (branches), in order.</summary>
    public virtual IEnumerable<Step> Children => [];
}
