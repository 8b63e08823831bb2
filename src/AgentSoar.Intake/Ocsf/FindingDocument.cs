using System.Text.Json.Nodes;

namespace AgentSoar.Intake.Ocsf;

/// <summary>Reads and writes dotted paths (<c>finding_info.analytic.uid</c>) in a finding under construction.</summary>
internal static class FindingDocument
{
    public static void Set(JsonObject root, string dottedPath, JsonNode? value)
    {
        var parts = dottedPath.Split('.');
        var current = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (current[parts[i]] is not JsonObject next)
            {
                next = [];
                current[parts[i]] = next;
            }

            current = next;
        }

        current[parts[^1]] = value;
    }

    public static JsonNode? Get(JsonObject root, string dottedPath)
    {
        JsonNode? current = root;
        foreach (var part in dottedPath.Split('.'))
        {
            current = (current as JsonObject)?[part];
        }

        return current;
    }

    public static string? GetText(JsonObject root, string dottedPath) =>
        Get(root, dottedPath) is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
