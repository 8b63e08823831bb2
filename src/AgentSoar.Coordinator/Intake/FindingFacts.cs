using System.Text.Json;

namespace AgentSoar.Coordinator.Intake;

/// <summary>The few fields of an OCSF Detection Finding the Coordinator itself reads.</summary>
public sealed record FindingFacts(string? Uid, string Title, int SeverityId)
{
    public static FindingFacts Of(JsonElement finding)
    {
        var info = finding.TryGetProperty("finding_info", out var fi) && fi.ValueKind == JsonValueKind.Object ? fi : default;
        var uid = Text(info, "uid");
        var title = Text(info, "title") ?? "Untitled finding";
        var severity = finding.TryGetProperty("severity_id", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var value) ? value : 0;
        return new FindingFacts(uid, title.Length > 300 ? title[..300] : title, severity);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
