using System.Globalization;
using System.Text.Json.Nodes;
using AgentSoar.Cli.Playbooks.Tracing;
using AgentSoar.Engine.Runs;

namespace AgentSoar.Cli.Runs;

/// <summary>
/// A run as the API returns it (<c>GET /api/v1/runs/{id}</c>), as the trace the CLI prints. The API does not send the
/// playbook, so nesting comes from the instance ids (a loop round or a called playbook indents what runs in it).
/// </summary>
internal static class RunViewTrace
{
    public static RunTrace From(JsonNode run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var started = Time(run["created_at"]) ?? DateTimeOffset.UnixEpoch;
        var status = Text(run["status"]) ?? "unknown";
        var finished = status is "succeeded" or "failed" or "denied" or "rolled_back" or "rollback_failed" ? Time(run["updated_at"]) : null;
        var steps = (run["steps"] as JsonArray ?? []).OfType<JsonObject>().Select(Step).ToList();
        return new RunTrace(
            RunTrace.CurrentVersion,
            Text(run["playbook_id"]) ?? "?",
            Number(run["playbook_version"]) ?? 0,
            $"run {Text(run["id"])}, started by {Text(run["started_by"])}",
            status,
            Text(run["reason"]),
            started,
            finished,
            finished is { } end ? Math.Round((end - started).TotalMilliseconds, 1) : null,
            run["inputs"]?.DeepClone(),
            run["outputs"]?.DeepClone(),
            steps,
            []);
    }

    private static StepTrace Step(JsonObject step)
    {
        var id = Text(step["id"]) ?? "?";
        var cut = id.LastIndexOf('/');
        var parent = cut < 0 ? null : id[..cut];
        return new StepTrace(id, Text(step["kind"]) ?? "?", Text(step["status"]) ?? "?", parent, id.Count(c => c == '/'))
        {
            Action = Text(step["connector"]) is { } connector ? $"{connector}.{Text(step["action"])}" : null,
            Inputs = step["inputs"]?.DeepClone(),
            Output = step["output"]?.DeepClone(),
            Error = Text(step["error"]),
            ErrorKind = Text(step["error_kind"]),
            Detail = Text(step["detail"]),
            Branch = Text(step["decision"]?["branch"]),
            Decision = step["decision"] is JsonObject d ? new BranchDecision(Text(d["expression"]) ?? string.Empty, Text(d["value"]) ?? string.Empty, Text(d["branch"]) ?? string.Empty) : null,
            Simulated = step["simulated"]?.GetValue<bool>() ?? false,
            Attempts = Number(step["attempts"]) ?? 0,
            Attempt = Number(step["attempt"]) ?? 1,
            StartedAt = Time(step["started_at"]),
            FinishedAt = Time(step["finished_at"]),
            DurationMs = step["duration_ms"]?.GetValue<double>(),
        };
    }

    private static string? Text(JsonNode? node) => node?.ToString();

    private static int? Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;

    private static DateTimeOffset? Time(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
