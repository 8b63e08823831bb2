using System.Text.Json;

namespace AgentSoar.Console.Alerts;

/// <summary>
/// Checks that a body is an OCSF Detection Finding the Coordinator can work with. Every problem is
/// reported with its JSON path, not just the first.
/// </summary>
public static class OcsfFindingValidator
{
    public const int DetectionFindingClass = 2004;

    public static IReadOnlyList<string> Validate(JsonElement finding)
    {
        var errors = new List<string>();
        if (finding.ValueKind != JsonValueKind.Object)
        {
            return ["$: expected a JSON object (an OCSF Detection Finding)"];
        }

        if (!finding.TryGetProperty("class_uid", out var classUid) || !TryInt32(classUid, out var cls))
        {
            errors.Add("$.class_uid: required, an integer (2004 for a Detection Finding)");
        }
        else if (cls != DetectionFindingClass)
        {
            errors.Add($"$.class_uid: {cls} is not a Detection Finding (2004)");
        }

        if (!finding.TryGetProperty("finding_info", out var info) || info.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$.finding_info: required, an object with uid and title");
        }
        else
        {
            RequireText(info, "uid", "$.finding_info.uid", errors);
            RequireText(info, "title", "$.finding_info.title", errors);
        }

        if (!finding.TryGetProperty("severity_id", out var severity) || !TryInt32(severity, out var level) || level is < 0 or > 6 and not 99)
        {
            errors.Add("$.severity_id: required, an integer 0-6 or 99 (OCSF severity)");
        }

        if (!finding.TryGetProperty("time", out var time) || time.ValueKind != JsonValueKind.Number || !time.TryGetInt64(out _))
        {
            errors.Add("$.time: required, the event time in milliseconds since the epoch");
        }

        if (!finding.TryGetProperty("metadata", out var metadata) || metadata.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$.metadata: required, an object (with product)");
        }

        if (finding.TryGetProperty("observables", out var observables) && observables.ValueKind != JsonValueKind.Array)
        {
            errors.Add("$.observables: must be an array when present");
        }

        return errors;
    }

    // JsonElement.TryGetInt32 throws on a string: hostile input must get a message, not a 500.
    private static bool TryInt32(JsonElement element, out int value)
    {
        value = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value);
    }

    private static void RequireText(JsonElement parent, string name, string path, List<string> errors)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add($"{path}: required, a non-empty string");
        }
    }
}
