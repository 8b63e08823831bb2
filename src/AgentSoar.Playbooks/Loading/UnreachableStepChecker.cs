using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Loading;

/// <summary>
/// Finds steps that can never run because what decides them is a constant: an <c>if</c> that is always true (its
/// <c>else</c> never runs) or always false, a guard that is always false, a <c>switch</c> on a constant, a
/// <c>while</c> that never starts or never stops. A playbook with such a step says something it does not do.
/// </summary>
internal sealed class UnreachableStepChecker(LoadContext context)
{
    public void Check(IReadOnlyList<Step> steps)
    {
        foreach (var step in StepTree.Flatten(steps))
        {
            CheckStep(step);
        }
    }

    private void CheckStep(Step step)
    {
        if (step.Guard is { } guard && Constant(guard) is { IsTruthy: false })
        {
            context.Error(guard.Location, $"step '{step.Id}' never runs: its guard {Text(guard)} is always false");
        }

        switch (step)
        {
            case IfStep { Condition: var condition } branching when Constant(condition) is { } value:
                var (dead, name) = value.IsTruthy ? (branching.Else, "else") : (branching.Then, "then");
                if (dead.Count > 0)
                {
                    context.Error(dead[0].Location, $"the '{name}' steps of step '{step.Id}' never run: its condition {Text(condition)} is always {(value.IsTruthy ? "true" : "false")}");
                }

                break;
            case SwitchStep { Value: var chooser } choice when Constant(chooser) is { } value:
                var taken = value.ToString();
                foreach (var unmatched in choice.Cases.Where(c => !string.Equals(c.Match, taken, StringComparison.Ordinal)))
                {
                    context.Error(unmatched.Location, $"case '{unmatched.Match}' of step '{step.Id}' never runs: the value {Text(chooser)} is always '{taken}'");
                }

                if (choice.Default.Count > 0 && choice.Cases.Any(c => string.Equals(c.Match, taken, StringComparison.Ordinal)))
                {
                    context.Error(choice.Default[0].Location, $"the default steps of step '{step.Id}' never run: the value {Text(chooser)} is always '{taken}'");
                }

                break;
            case WhileStep { Condition: var condition } loop when Constant(condition) is { } value:
                context.Error(condition.Location, value.IsTruthy
                    ? $"loop '{step.Id}' never ends: its condition {Text(condition)} is always true, so it always fails after {loop.MaxIterations} rounds"
                    : $"the 'do' steps of loop '{step.Id}' never run: its condition {Text(condition)} is always false");
                break;
        }
    }

    /// <summary>
    /// The value of a template that reads nothing and gives the same answer at any time, or null. Evaluated twice with
    /// different clocks, so a condition on <c>now()</c> is not taken for a constant.
    /// </summary>
    private ExprValue? Constant(ValueTemplate template)
    {
        // A null literal stands in for a value that was missing or did not parse: that is reported already.
        if (template is LiteralTemplate { Value: null } || template.Expressions.Any(e => e.ReferencedPaths.Count > 0))
        {
            return null;
        }

        try
        {
            var early = template.Evaluate(new ExpressionScope(new Dictionary<string, JsonNode?>(), context.Limits, DateTimeOffset.UnixEpoch));
            var late = template.Evaluate(new ExpressionScope(new Dictionary<string, JsonNode?>(), context.Limits, new DateTimeOffset(2999, 1, 1, 0, 0, 0, TimeSpan.Zero)));
            return early.ToString() == late.ToString() ? early : null;
        }
        catch (ExpressionException)
        {
            return null; // an error is for the run to report, with the run's values
        }
    }

    private static string Text(ValueTemplate template) =>
        template.Expressions.Any() ? string.Join(" ", template.Expressions.Select(e => $"`{e.Text}`")) : "(a plain value)";
}
