using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Engine.Testing;

/// <summary>
/// Reads a playbook test file (<c>NAME.test.yaml</c>):
/// <code>
/// playbook: block-malicious-ip        # default: the file name without .test.yaml
/// cases:
///   - name: a malicious IP is blocked once approved
///     alert: { ... an OCSF finding ... }
///     inputs: { ip: 203.0.113.7 }      # optional, as given to a manual run
///     actions:                         # per action step: an output, or a failure
///       enrich: { output: { verdict: malicious, score: 90 } }
///       notify_soc: { fail: transient, error: "endpoint down" }
///     approvals: { block: approve }    # approve, reject or expire
///     expect:
///       status: succeeded
///       steps: { block: succeeded, note: not_run }
///       path: [enrich, verdict, block, notify_soc]
///       outputs: { blocked: true }
/// </code>
/// Every problem is reported, each with the file and the place in it.
/// </summary>
public static class PlaybookTestReader
{
    public static (PlaybookTestSuite? Suite, IReadOnlyList<string> Errors) Read(string file, string yaml)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (value, diagnostics) = YamlData.Parse(yaml, file);
        if (diagnostics.Count > 0)
        {
            return (null, diagnostics.Select(d => d.ToString()).ToList());
        }

        var errors = new List<string>();
        void Error(string where, string message) => errors.Add($"{file}: {where}: {message}");
        if (value is not JsonObject root)
        {
            return (null, [$"{file}: the test file must be a mapping with 'cases'"]);
        }

        Known(root, "the file", ["playbook", "cases"], Error);
        var playbookId = Text(root["playbook"]) ?? DefaultPlaybookId(file);
        var cases = new List<PlaybookTestCase>();
        if (root["cases"] is not JsonArray list || list.Count == 0)
        {
            Error("cases", "a list of one or more test cases is required");
        }
        else
        {
            for (var i = 0; i < list.Count; i++)
            {
                var @case = ReadCase(list[i], $"cases[{i}]", Error);
                if (@case is not null)
                {
                    cases.Add(@case);
                }
            }
        }

        return errors.Count > 0 ? (null, errors) : (new PlaybookTestSuite(file, playbookId, cases), errors);
    }

    private static PlaybookTestCase? ReadCase(JsonNode? node, string where, Action<string, string> error)
    {
        if (node is not JsonObject item)
        {
            error(where, "a test case must be a mapping");
            return null;
        }

        var name = Text(item["name"]) ?? where;
        var at = $"{where} ({name})";
        Known(item, at, ["name", "alert", "inputs", "actions", "approvals", "expect"], error);
        var alert = item["alert"] as JsonObject;
        if (alert is null)
        {
            error(at, "'alert' is required: the finding the run starts from");
        }

        var actions = new Dictionary<string, ScriptedAction>(StringComparer.Ordinal);
        foreach (var (step, value) in item["actions"] as JsonObject ?? [])
        {
            // A list scripts successive attempts (a retry); a mapping is what every attempt returns.
            var scripts = (value as JsonArray ?? [value?.DeepClone()]).Select((one, i) => ReadScript(one, $"{at}: actions.{step}{(value is JsonArray ? $"[{i}]" : string.Empty)}", error)).ToList();
            if (scripts.Count == 0)
            {
                error($"{at}: actions.{step}", "an empty list scripts nothing: give one or more results");
            }
            else if (scripts.TrueForAll(s => s is not null))
            {
                actions[step] = scripts[0]! with { Later = scripts.Skip(1).Select(s => s!).ToList() };
            }
        }

        var approvals = new Dictionary<string, string>(StringComparer.Ordinal);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (step, value) in item["approvals"] as JsonObject ?? [])
        {
            if (value is JsonObject { Count: 1 } answer && Text(answer["answer"]) is { } given)
            {
                (approvals[step], answers[step]) = ("approve", given);
                continue;
            }

            approvals[step] = Text(value) is "approve" or "reject" or "expire"
                ? Text(value)!
                : Invalid<string>(error, $"{at}: approvals.{step}", "must be approve, reject, expire, or { answer: ... } for a question");
        }

        var expect = ReadExpectation(item["expect"], at, error);
        return alert is null || expect is null ? null : new PlaybookTestCase(name, alert, item["inputs"] as JsonObject, actions, approvals, expect) { Answers = answers };
    }

    private static ScriptedAction? ReadScript(JsonNode? node, string where, Action<string, string> error) =>
        node is JsonObject scripted && Known(scripted, where, ["output", "fail", "error"], error) && (scripted.ContainsKey("output") || Text(scripted["fail"]) is not null)
            ? new ScriptedAction(scripted["output"]?.DeepClone(), Text(scripted["fail"]), Text(scripted["error"]) ?? "failed (scripted)")
            : Invalid<ScriptedAction>(error, where, "give 'output: ...' or 'fail: KIND' (transient, permanent, invalid_input, not_found, unauthorized, timeout)");

    private static PlaybookTestExpectation? ReadExpectation(JsonNode? node, string at, Action<string, string> error)
    {
        if (node is not JsonObject expect || Text(expect["status"]) is not { } status)
        {
            error(at, "'expect' with at least 'status' (succeeded, failed or denied) is required");
            return null;
        }

        Known(expect, $"{at}: expect", ["status", "steps", "path", "outputs"], error);
        var steps = (expect["steps"] as JsonObject ?? []).ToDictionary(p => p.Key, p => Text(p.Value) ?? string.Empty, StringComparer.Ordinal);
        var path = (expect["path"] as JsonArray)?.Select(p => Text(p) ?? string.Empty).ToList();
        return new PlaybookTestExpectation(status, steps, path, expect["outputs"]?.DeepClone() as JsonObject);
    }

    /// <summary>Reports keys the format does not have: a misspelt expectation would otherwise check nothing and pass.</summary>
    private static bool Known(JsonObject node, string where, string[] keys, Action<string, string> error)
    {
        foreach (var key in node.Select(p => p.Key).Where(k => !keys.Contains(k)))
        {
            error(where, $"unknown key '{key}': expected {string.Join(", ", keys)}{DidYouMean.Hint(key, keys)}");
        }

        return true;
    }

    private static T Invalid<T>(Action<string, string> error, string where, string message)
    {
        error(where, message);
        return default!;
    }

    private static string DefaultPlaybookId(string file)
    {
        var name = Path.GetFileName(file);
        var cut = name.IndexOf(".test.", StringComparison.OrdinalIgnoreCase);
        return cut > 0 ? name[..cut] : Path.GetFileNameWithoutExtension(name);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node is JsonValue other ? other.ToJsonString() : null;
}
