using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Approvals;

/// <summary>
/// What an action is aimed at, as the gate sees it: every string among its rendered inputs, through objects and
/// arrays, trimmed and distinct regardless of case (host names are). Numbers and booleans are settings, not targets.
/// </summary>
public static class ActionTargets
{
    public static IReadOnlyList<string> From(JsonNode? inputs)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var targets = new List<string>();
        Collect(inputs, seen, targets);
        return targets;
    }

    private static void Collect(JsonNode? node, HashSet<string> seen, List<string> targets)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, seen, targets);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, seen, targets);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>().Trim();
                if (text.Length > 0 && seen.Add(text))
                {
                    targets.Add(text);
                }

                break;
        }
    }
}
