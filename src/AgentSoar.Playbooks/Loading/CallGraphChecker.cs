using System.Text.Json;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Loading;

/// <summary>
/// Checks the <c>playbook</c> steps of a set of playbooks against each other: the called playbook exists, takes the
/// inputs given and gets the ones it requires, and no chain of calls comes back to where it started.
/// </summary>
internal static class CallGraphChecker
{
    /// <summary>The problems, by the id of the playbook whose call step has them.</summary>
    public static IReadOnlyList<(string PlaybookId, PlaybookDiagnostic Diagnostic)> Check(IReadOnlyCollection<Playbook> playbooks)
    {
        var byId = playbooks.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var problems = new List<(string, PlaybookDiagnostic)>();
        foreach (var playbook in playbooks)
        {
            foreach (var call in Calls(playbook))
            {
                foreach (var message in CheckCall(call, byId))
                {
                    problems.Add((playbook.Id, new PlaybookDiagnostic(call.Location, message)));
                }
            }
        }

        foreach (var (playbook, call, cycle) in Cycles(playbooks, byId))
        {
            problems.Add((playbook.Id, new PlaybookDiagnostic(call.Location, $"step '{call.Id}' closes a cycle of calls: {string.Join(" → ", cycle)}")));
        }

        return problems;
    }

    private static IEnumerable<PlaybookCallStep> Calls(Playbook playbook) => StepTree.Flatten(playbook.Steps).OfType<PlaybookCallStep>();

    private static IEnumerable<string> CheckCall(PlaybookCallStep call, Dictionary<string, Playbook> byId)
    {
        if (!byId.TryGetValue(call.PlaybookId, out var target))
        {
            yield return $"step '{call.Id}' calls playbook '{call.PlaybookId}', which is not among the valid playbooks{DidYouMean.Hint(call.PlaybookId, byId.Keys.Order(StringComparer.Ordinal))}";
            yield break;
        }

        var declared = target.Inputs.ToDictionary(i => i.Name, StringComparer.Ordinal);
        foreach (var name in call.With.Keys.Where(n => !declared.ContainsKey(n)))
        {
            yield return $"step '{call.Id}' gives playbook '{target.Id}' the input '{name}', which it does not declare{DidYouMean.Hint(name, declared.Keys.Order(StringComparer.Ordinal))}";
        }

        foreach (var input in target.Inputs.Where(i => i.Required && i.Default is null && i.From is null && !call.With.ContainsKey(i.Name)))
        {
            yield return $"step '{call.Id}' does not give playbook '{target.Id}' its required input '{input.Name}'";
        }

        foreach (var (name, template) in call.With)
        {
            if (declared.TryGetValue(name, out var input) && template is LiteralTemplate { Value: { } value } && !Fits(input.Type, value.GetValueKind()))
            {
                yield return $"step '{call.Id}' gives input '{name}' of playbook '{target.Id}' a {value.GetValueKind().ToString().ToLowerInvariant()}, but it takes {input.Type.ToString().ToLowerInvariant()}";
            }
        }
    }

    /// <summary>Plain values only; what an expression renders is known when it runs, and the run checks it then.</summary>
    private static bool Fits(InputType type, JsonValueKind kind) => type switch
    {
        InputType.Number => kind == JsonValueKind.Number,
        InputType.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
        InputType.List => kind == JsonValueKind.Array,
        InputType.Object => kind == JsonValueKind.Object,
        InputType.Any => true,
        _ => kind == JsonValueKind.String,
    };

    /// <summary>Each call step that leads back to its own playbook, with the chain it closes; a depth-first search from every playbook.</summary>
    private static IEnumerable<(Playbook Playbook, PlaybookCallStep Call, IReadOnlyList<string> Cycle)> Cycles(IReadOnlyCollection<Playbook> playbooks, Dictionary<string, Playbook> byId)
    {
        foreach (var playbook in playbooks)
        {
            foreach (var call in Calls(playbook))
            {
                if (PathBack(call.PlaybookId, playbook.Id, byId, [playbook.Id]) is { } path)
                {
                    yield return (playbook, call, path);
                }
            }
        }
    }

    private static List<string>? PathBack(string from, string home, Dictionary<string, Playbook> byId, List<string> chain)
    {
        if (from == home)
        {
            return [.. chain, home];
        }

        if (chain.Contains(from) || !byId.TryGetValue(from, out var next))
        {
            return null; // a loop not through home is reported from its own playbooks
        }

        foreach (var call in Calls(next))
        {
            if (PathBack(call.PlaybookId, home, byId, [.. chain, from]) is { } path)
            {
                return path;
            }
        }

        return null;
    }
}
