using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Intake.Errors;

namespace AgentSoar.Intake.Ocsf;

/// <summary>
/// Checks that JSON is an OCSF Detection Finding the rest of AgentSoar can work with, reporting every
/// problem with its JSON path. Required: <c>class_uid</c> 2004, <c>finding_info.uid</c> and
/// <c>finding_info.title</c>, <c>severity_id</c>, <c>time</c> (epoch milliseconds), <c>metadata.product</c>.
/// Checked when present: <c>category_uid</c>, <c>activity_id</c>, <c>type_uid</c>, <c>observables</c>, <c>finding_info.attacks</c>.
/// </summary>
public static class OcsfFindingValidator
{
    /// <summary>Every problem of <paramref name="finding"/>; empty when it is a usable Detection Finding.</summary>
    /// <param name="finding">The JSON to check.</param>
    /// <returns>The problems, each with its path.</returns>
    public static IReadOnlyList<AlertNormalizationError> Validate(JsonNode? finding)
    {
        var errors = new List<AlertNormalizationError>();
        if (finding is not JsonObject root)
        {
            errors.Add(new(AlertErrorKind.NotAnObject, "$", "expected a JSON object (an OCSF Detection Finding)"));
            return errors;
        }

        var classUid = Int(root["class_uid"]);
        if (classUid is null)
        {
            errors.Add(Missing("$.class_uid", "an integer (2004 for a Detection Finding)", root["class_uid"]));
        }
        else if (classUid != DetectionFinding.ClassUid)
        {
            errors.Add(new(AlertErrorKind.InvalidValue, "$.class_uid", $"{classUid} is not a Detection Finding (2004)"));
        }

        CheckOptionalInt(root, "category_uid", v => v == DetectionFinding.CategoryUid, "must be 2 (Findings)", errors);
        CheckOptionalInt(root, "activity_id", v => v is >= 0 and <= 3 or 99, "must be 0-3 or 99", errors);
        if (Int(root["activity_id"]) is { } activity)
        {
            CheckOptionalInt(root, "type_uid", v => v == (DetectionFinding.ClassUid * 100) + activity, $"must be {(DetectionFinding.ClassUid * 100) + activity} (class_uid * 100 + activity_id)", errors);
        }

        CheckFindingInfo(root["finding_info"], errors);

        if (Int(root["severity_id"]) is not { } severity || !OcsfSeverity.IsValid(severity))
        {
            errors.Add(Missing("$.severity_id", "an integer 0-6 or 99 (OCSF severity)", root["severity_id"]));
        }

        if (root["time"] is not JsonValue time || time.GetValueKind() != JsonValueKind.Number || !time.TryGetValue<long>(out _))
        {
            errors.Add(Missing("$.time", "the finding time in milliseconds since the epoch", root["time"]));
        }

        if (root["metadata"] is not JsonObject metadata)
        {
            errors.Add(Missing("$.metadata", "an object with product", root["metadata"]));
        }
        else if (metadata["product"] is not JsonObject)
        {
            errors.Add(Missing("$.metadata.product", "an object (name, vendor_name)", metadata["product"]));
        }

        CheckObservables(root["observables"], errors);
        return errors;
    }

    /// <summary>As <see cref="Validate(JsonNode?)"/>, for a <see cref="JsonElement"/>.</summary>
    /// <param name="finding">The JSON to check.</param>
    /// <returns>The problems, each with its path.</returns>
    public static IReadOnlyList<AlertNormalizationError> Validate(JsonElement finding) =>
        Validate(finding.ValueKind == JsonValueKind.Object ? JsonObject.Create(finding) : null);

    private static void CheckFindingInfo(JsonNode? node, List<AlertNormalizationError> errors)
    {
        if (node is not JsonObject info)
        {
            errors.Add(Missing("$.finding_info", "an object with uid and title", node));
            return;
        }

        foreach (var name in (string[])["uid", "title"])
        {
            if (info[name] is not JsonValue v || !v.TryGetValue<string>(out var s) || string.IsNullOrWhiteSpace(s))
            {
                errors.Add(Missing($"$.finding_info.{name}", "a non-empty string", info[name]));
            }
        }

        if (info["attacks"] is { } attacks && attacks is not JsonArray)
        {
            errors.Add(new(AlertErrorKind.InvalidValue, "$.finding_info.attacks", "must be an array when present"));
        }
    }

    private static void CheckObservables(JsonNode? node, List<AlertNormalizationError> errors)
    {
        if (node is null)
        {
            return;
        }

        if (node is not JsonArray observables)
        {
            errors.Add(new(AlertErrorKind.InvalidValue, "$.observables", "must be an array when present"));
            return;
        }

        for (var i = 0; i < observables.Count; i++)
        {
            if (observables[i] is not JsonObject o || Int(o["type_id"]) is null)
            {
                errors.Add(new(AlertErrorKind.InvalidValue, $"$.observables[{i}]", "must be an object with an integer type_id"));
            }
        }
    }

    private static void CheckOptionalInt(JsonObject root, string name, Func<int, bool> valid, string rule, List<AlertNormalizationError> errors)
    {
        var node = root[name];
        if (node is not null && (Int(node) is not { } value || !valid(value)))
        {
            errors.Add(new(AlertErrorKind.InvalidValue, "$." + name, rule));
        }
    }

    private static AlertNormalizationError Missing(string path, string expected, JsonNode? found) => found is null
        ? new(AlertErrorKind.MissingField, path, $"required: {expected}")
        : new(AlertErrorKind.InvalidValue, path, $"expected {expected}");

    // Strings and fractions are not integers: hostile input gets a message, not an exception.
    private static int? Int(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i) ? i : null;
}
