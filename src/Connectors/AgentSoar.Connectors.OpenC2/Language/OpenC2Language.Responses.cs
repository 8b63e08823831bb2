using System.Text.Json;

namespace AgentSoar.Connectors.OpenC2.Language;

/// <summary>The response half of the reader: <c>results</c>, and the action-target pairs an actuator says it supports.</summary>
public sealed partial class OpenC2Language
{
    private void CheckResults(JsonElement json, string path)
    {
        var members = Checks.Object(json, path);
        if (members.Count == 0)
        {
            throw Checks.Error(path, "results, when given, holds at least one result.");
        }

        foreach (var member in members)
        {
            var memberPath = Checks.Member(path, member.Name);
            switch (member.Name)
            {
                case "versions":
                    Checks.StringArray(minItems: 1)(member.Value, memberPath);
                    break;
                case "profiles":
                    var items = Checks.Array(member.Value, memberPath);
                    for (var i = 0; i < items.Count; i++)
                    {
                        var nsid = Checks.Text(items[i], Checks.Item(memberPath, i));
                        if (nsid.Length is 0 or > 16)
                        {
                            throw Checks.Error(Checks.Item(memberPath, i), $"a profile namespace has 1 to 16 characters, found {nsid.Length}.");
                        }
                    }

                    break;
                case "pairs":
                    CheckPairs(member.Value, memberPath);
                    break;
                case "rate_limit":
                    Checks.Number(member.Value, memberPath);
                    break;
                default:
                    ProfilePart(member.Name, memberPath, p => p.Results, "results", CoreResults)(member.Value, memberPath);
                    break;
            }
        }
    }

    private void CheckPairs(JsonElement json, string path)
    {
        var members = Checks.Object(json, path);
        if (members.Count == 0)
        {
            throw Checks.Error(path, "pairs, when given, lists at least one action.");
        }

        foreach (var member in members)
        {
            var actionPath = Checks.Member(path, member.Name);
            if (!Actions.Contains(member.Name, StringComparer.Ordinal))
            {
                throw Checks.Error(actionPath, $"'{Checks.Shorten(member.Name)}' is not an OpenC2 action.");
            }

            var targets = Checks.Array(member.Value, actionPath, 1, 100, unique: true);
            for (var i = 0; i < targets.Count; i++)
            {
                var itemPath = Checks.Item(actionPath, i);
                var target = Checks.Text(targets[i], itemPath);
                if (!CoreTargets.ContainsKey(target))
                {
                    ProfileTarget(target, itemPath);
                }

                if (_restrictPairs && !Pairs(member.Name).Contains(target))
                {
                    var allowed = Pairs(member.Name);
                    throw Checks.Error(itemPath, allowed.Count == 0
                        ? $"'{target}' is not a target of '{member.Name}': the profiles ({Known()}) define no target for '{member.Name}'."
                        : $"'{target}' is not a target of '{member.Name}' in the profiles ({Known()}); expected one of {string.Join(", ", allowed)}.");
                }
            }
        }
    }

    private HashSet<string> Pairs(string action)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        if (action == "query")
        {
            targets.Add("features");
        }

        foreach (var profile in _profiles.Values)
        {
            if (profile.Pairs?.TryGetValue(action, out var list) == true)
            {
                targets.UnionWith(list);
            }
        }

        return targets;
    }
}
