using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace AgentSoar.Intake.Ocsf;

/// <summary>
/// Finishes a finding every source builds the same way: the Detection Finding classification, the
/// defaults for what the source did not give, the original text as <c>raw_data</c>, and a stable key order.
/// </summary>
internal static class FindingCompletion
{
    private static readonly string[] Order =
    [
        "class_uid", "class_name", "category_uid", "category_name", "activity_id", "activity_name", "type_uid", "type_name",
        "time", "severity_id", "severity", "status_id", "status", "message", "finding_info", "metadata", "device", "observables",
    ];

    public static JsonObject Complete(JsonObject draft, string raw, TimeProvider time)
    {
        draft["class_uid"] = DetectionFinding.ClassUid;
        draft["class_name"] = "Detection Finding";
        draft["category_uid"] = DetectionFinding.CategoryUid;
        draft["category_name"] = "Findings";
        draft["activity_id"] = DetectionFinding.ActivityCreate;
        draft["activity_name"] = "Create";
        draft["type_uid"] = DetectionFinding.TypeUidCreate;
        draft["type_name"] = "Detection Finding: Create";
        draft["status_id"] ??= 1;
        draft["status"] ??= "New";
        draft["time"] ??= time.GetUtcNow().ToUnixTimeMilliseconds();

        var severity = draft["severity_id"] is JsonValue s && s.TryGetValue<int>(out var id) && OcsfSeverity.IsValid(id) ? id : 0;
        draft["severity_id"] = severity;
        draft["severity"] = OcsfSeverity.Caption(severity);

        if (FindingDocument.GetText(draft, "finding_info.uid") is null)
        {
            // No id from the source: one derived from the content, so the same alert sent twice keeps its uid.
            FindingDocument.Set(draft, "finding_info.uid", ContentUid(raw));
        }

        if (FindingDocument.Get(draft, "finding_info.analytic") is JsonObject analytic && analytic["type_id"] is null)
        {
            analytic["type_id"] = 1;
            analytic["type"] = "Rule";
        }

        draft["message"] ??= FindingDocument.GetText(draft, "finding_info.title");
        FindingDocument.Set(draft, "metadata.version", DetectionFinding.SchemaVersion);
        draft["raw_data"] = raw;
        return Ordered(draft);
    }

    public static string ContentUid(string raw) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw)).AsSpan(0, 16));

    private static readonly string[] InfoOrder = ["uid", "title", "desc", "analytic", "attacks"];

    private static JsonObject Ordered(JsonObject draft)
    {
        if (draft["finding_info"] is JsonObject info)
        {
            draft["finding_info"] = Reorder(info, InfoOrder);
        }

        return Reorder(draft, Order, last: "raw_data");
    }

    private static JsonObject Reorder(JsonObject draft, string[] order, string? last = null)
    {
        var ordered = new JsonObject();
        var rest = draft.Select(p => p.Key).Where(k => !order.Contains(k) && k != last);
        var keys = order.Concat(rest).Concat(last is null ? [] : [last]).ToList();
        foreach (var key in keys)
        {
            if (draft.TryGetPropertyValue(key, out var value) && value is not null)
            {
                draft.Remove(key);
                ordered[key] = value;
            }
        }

        return ordered;
    }
}
