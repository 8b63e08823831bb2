using System.Text.RegularExpressions;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Planning.Rules;

/// <summary>
/// The observable types a playbook relies on: those the triggers that hold test for, and for each required input its
/// observable type, or the type it is filled from when its <c>from</c> is nothing but <c>first_observable(alert, 'x')</c>
/// (an input with a fallback chain needs none of its alternatives in particular). A playbook whose needs the alert
/// meets fits it better.
/// </summary>
internal static partial class ObservableNeeds
{
    private static readonly Dictionary<InputType, string> InputKinds = new()
    {
        [InputType.Ip] = "ip",
        [InputType.Hostname] = "hostname",
        [InputType.User] = "user",
        [InputType.Url] = "url",
    };

    /// <summary>The observable type names, sorted, that <paramref name="playbook"/> needs.</summary>
    public static IReadOnlyList<string> Of(Playbook playbook, IEnumerable<Trigger> holding)
    {
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var trigger in holding)
        {
            AddFrom(kinds, trigger.Match.Expressions);
        }

        foreach (var input in playbook.Inputs.Where(i => i.Required))
        {
            if (InputKinds.TryGetValue(input.Type, out var kind))
            {
                kinds.Add(kind);
            }

            if (input.From?.Expressions.ToList() is [var only] && SoleCall().Match(only.Text.Trim()) is { Success: true } sole)
            {
                kinds.Add(sole.Groups["kind"].Value);
            }
        }

        return [.. kinds];
    }

    /// <summary>True when the alert has at least one observable of the type, by the playbooks' own <c>has_observable</c>.</summary>
    public static bool Has(ExpressionScope scope, string kind)
    {
        try
        {
            return ExpressionParser.Parse($"has_observable(alert, '{kind}')", SourceLocation.None).Evaluate(scope).IsTruthy;
        }
        catch (ExpressionException)
        {
            return false;
        }
    }

    private static void AddFrom(SortedSet<string> kinds, IEnumerable<Expression> expressions)
    {
        foreach (var expression in expressions)
        {
            foreach (Match match in ObservableCall().Matches(expression.Text))
            {
                kinds.Add(match.Groups["kind"].Value);
            }
        }
    }

    // The observable functions take the alert and a literal type name; reading the text is enough and stays exact.
    [GeneratedRegex(@"\b(?:has_observable|first_observable|observables)\(\s*alert\s*,\s*'(?<kind>[a-z]+)'\s*\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ObservableCall();

    [GeneratedRegex(@"^first_observable\(\s*alert\s*,\s*'(?<kind>[a-z]+)'\s*\)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SoleCall();
}
