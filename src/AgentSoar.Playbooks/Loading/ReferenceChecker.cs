using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Expressions.Nodes;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Loading;

/// <summary>
/// Checks what expressions read: known roots only, declared inputs, and steps that exist and have run by the time
/// the expression is evaluated (earlier in document order, not the step itself, not a step that encloses it, not a
/// step repeated inside a loop from outside that loop), and <c>loop</c> only inside a loop.
/// </summary>
internal sealed class ReferenceChecker(LoadContext context, IReadOnlyCollection<string> inputs, StepRegistry steps, IReadOnlyCollection<string> variables)
{
    public static readonly string[] Roots = ["alert", "inputs", "steps", "incident", "vars", "run", "loop"];

    /// <summary>Triggers and input sources run before the playbook starts: only the alert and incident exist then.</summary>
    private static readonly string[] BeforeRunRoots = ["alert", "incident"];

    public void CheckBeforeRun(ValueTemplate? template, string where)
    {
        foreach (var path in Paths(template))
        {
            if (CheckRoot(path) && !BeforeRunRoots.Contains(path.Root))
            {
                context.Error(path.Location, $"'{path.Root}' does not exist yet in {where}: only alert and incident do");
            }
        }
    }

    /// <summary>Outputs are read when the run has finished: any step may be named.</summary>
    public void CheckAfterRun(ValueTemplate template)
    {
        foreach (var path in Paths(template))
        {
            if (CheckRoot(path))
            {
                CheckInput(path);
                CheckVariable(path);
                if (path.Root == "loop")
                {
                    context.Error(path.Location, "'loop' exists only inside the 'do' steps of a foreach or while step");
                }
                else if (StepId(path) is { } step && !steps.Exists(step.Name!))
                {
                    context.Error(step.Location, UnknownStep(step.Name!));
                }
                else if (StepId(path) is { Name: { } id } inner && _loopOf.TryGetValue(id, out var loop))
                {
                    context.Error(inner.Location, $"step '{id}' runs once for each round of loop '{loop}': read steps.{loop}.output instead");
                }
            }
        }
    }

    /// <summary>Checks every step's expressions against the steps that have run before it.</summary>
    public void CheckSteps(IReadOnlyList<Step> list)
    {
        foreach (var loop in StepTree.Flatten(list).Where(IsLoop))
        {
            foreach (var inner in StepTree.Flatten(loop.Branches.SelectMany(b => b)))
            {
                _loopOf.TryAdd(inner.Id, loop.Id);
            }
        }

        Walk(list, [], [], inLoop: false);
    }

    /// <summary>For each step inside a loop body, the innermost loop it repeats with.</summary>
    private readonly Dictionary<string, string> _loopOf = new(StringComparer.Ordinal);

    private static bool IsLoop(Step step) => step is ForeachStep or WhileStep;

    private void Walk(IReadOnlyList<Step> list, HashSet<string> done, HashSet<string> enclosing, bool inLoop)
    {
        var visible = new HashSet<string>(done, StringComparer.Ordinal);
        foreach (var step in list)
        {
            var inside = StepTree.Flatten(step.Children).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var template in step.Templates)
            {
                if (step is WhileStep loop && ReferenceEquals(template, loop.Condition))
                {
                    // Checked before each round: it sees the round ('loop') and what the previous round's steps did.
                    CheckInStep(template, step.Id, [.. visible, .. inside], enclosing, [], inLoop: true);
                    continue;
                }

                CheckInStep(template, step.Id, visible, enclosing, inside, inLoop);
            }

            // Each branch sees what ran before the step, not what its sibling branches run.
            var around = new HashSet<string>(enclosing, StringComparer.Ordinal) { step.Id };
            foreach (var branch in step.Branches)
            {
                Walk(branch, visible, around, inLoop || IsLoop(step));
            }

            // Compensation runs once the step has failed: it may read the step and what ran inside it.
            var failed = new HashSet<string>(visible, StringComparer.Ordinal) { step.Id };
            failed.UnionWith(IsLoop(step) ? [] : inside);
            Walk(step.Compensation, failed, enclosing, inLoop);

            visible.Add(step.Id);
            visible.UnionWith(IsLoop(step) ? [] : inside);
        }
    }

    private void CheckInStep(ValueTemplate? template, string current, HashSet<string> visible, HashSet<string> enclosing, HashSet<string> inside, bool inLoop)
    {
        foreach (var path in Paths(template))
        {
            if (!CheckRoot(path))
            {
                continue;
            }

            if (path.Root == "loop" && !inLoop)
            {
                context.Error(path.Location, "'loop' exists only inside the 'do' steps of a foreach or while step");
                continue;
            }

            CheckInput(path);
            CheckVariable(path);
            if (StepId(path) is not { Name: { } id } segment || visible.Contains(id) || steps.IsBroken(id))
            {
                continue;
            }

            var problem = id == current ? $"step '{id}' cannot read its own result"
                : enclosing.Contains(id) ? $"step '{id}' encloses this step and has not finished when it runs"
                : inside.Contains(id) ? $"step '{id}' is inside step '{current}' and runs after it starts"
                : _loopOf.TryGetValue(id, out var loop) && !enclosing.Contains(loop) ? $"step '{id}' runs once for each round of loop '{loop}': read steps.{loop}.output instead"
                : !steps.Exists(id) ? UnknownStep(id)
                : steps.Order(id) > steps.Order(current) ? $"step '{id}' is declared later and has not run when step '{current}' runs"
                : $"step '{id}' is on another branch and does not run before step '{current}'";
            context.Error(segment.Location, problem);
        }
    }

    private bool CheckRoot(PathReference path)
    {
        if (Roots.Contains(path.Root))
        {
            return true;
        }

        context.Error(path.Location, $"unknown name '{path.Root}': expressions read {string.Join(", ", Roots)}{DidYouMean.Hint(path.Root, Roots)}");
        return false;
    }

    private void CheckInput(PathReference path)
    {
        if (path.Root == "inputs" && path.First is { Name: { } name } segment && !inputs.Contains(name))
        {
            context.Error(segment.Location, $"input '{name}' is not declared under 'inputs'{DidYouMean.Hint(name, inputs)}");
        }
    }

    /// <summary>Variables are what some <c>set</c> step sets.</summary>
    private void CheckVariable(PathReference path)
    {
        if (path.Root == "vars" && path.First is { Name: { } name } segment && !variables.Contains(name))
        {
            context.Error(segment.Location, $"no 'set' step sets the variable '{name}'{DidYouMean.Hint(name, variables)}");
        }
    }

    private string UnknownStep(string id) => $"no step has the id '{id}'{DidYouMean.Hint(id, steps.Ids)}";

    private static PathSegment? StepId(PathReference path) =>
        path.Root == "steps" && path.First is { Name: not null } segment ? segment : null;

    private static IEnumerable<PathReference> Paths(ValueTemplate? template) =>
        template?.Expressions.OfType<ParsedExpression>().SelectMany(e => e.Paths) ?? [];
}
