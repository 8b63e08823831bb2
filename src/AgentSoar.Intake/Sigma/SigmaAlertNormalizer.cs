using System.Text.Json.Nodes;
using AgentSoar.Intake.Attack;
using AgentSoar.Intake.Errors;
using AgentSoar.Intake.Json;
using AgentSoar.Intake.Observables;
using AgentSoar.Intake.Ocsf;
using AgentSoar.Intake.Time;

namespace AgentSoar.Intake.Sigma;

/// <summary>
/// Normalises a Sigma match, <c>{"rule": &lt;Sigma rule&gt;, "event": &lt;the event it matched&gt;}</c>: the rule
/// gives the analytic, title, severity and ATT&amp;CK tags; the event gives the time, host and observables.
/// Nothing depends on a particular rule: any rule and any Windows event shape work.
/// </summary>
internal static class SigmaAlertNormalizer
{
    public static JsonObject Normalize(JsonObject alert, string raw, AlertLimits limits, TimeProvider time)
    {
        var rule = alert["rule"] as JsonObject
            ?? throw Problem(alert["rule"], "$.rule", "the Sigma rule (an object with title, id, level, tags)");
        var @event = alert["event"] as JsonObject
            ?? throw Problem(alert["event"], "$.event", "the event the rule matched (an object)");

        var title = Text(rule, "title", "$.rule.title", required: true)!;
        var draft = new JsonObject();
        FindingDocument.Set(draft, "finding_info.title", title);
        if (Text(rule, "id", "$.rule.id", required: false) is { } id)
        {
            FindingDocument.Set(draft, "finding_info.analytic.uid", id);
        }

        FindingDocument.Set(draft, "finding_info.analytic.name", title);
        if (Text(rule, "description", "$.rule.description", required: false) is { } description)
        {
            FindingDocument.Set(draft, "finding_info.desc", description.Trim());
        }

        if (AlertJson.ScalarText((rule["logsource"] as JsonObject)?["category"]) is { } category)
        {
            FindingDocument.Set(draft, "finding_info.analytic.category", category);
        }

        draft["severity_id"] = Severity(rule);
        var attacks = new AttackList();
        var (techniques, tactics) = SigmaTags.Read(Tags(rule));
        attacks.AddGroup(techniques, tactics);
        if (attacks.ToJson() is { } attackJson)
        {
            FindingDocument.Set(draft, "finding_info.attacks", attackJson);
        }

        var fields = new WindowsEventFields(@event);
        if (Timestamps.TryParseMilliseconds(fields.First("SystemTime", "UtcTime", "@timestamp", "timestamp", "TimeCreated"), out var ms))
        {
            draft["time"] = ms;
        }

        FindingDocument.Set(draft, "metadata.product", new JsonObject { ["name"] = "Sigma", ["vendor_name"] = "Sigma" });
        SetIfPresent(draft, "metadata.log_name", fields.First("Channel"));
        SetIfPresent(draft, "metadata.event_code", fields.First("EventID"));
        SetIfPresent(draft, "device.hostname", fields.First("Computer", "ComputerName"));

        var observables = new ObservableSet(limits);
        WindowsObservableFields.AddTo(observables, fields);
        draft["observables"] = observables.ToJson();
        return FindingCompletion.Complete(draft, raw, time);
    }

    private static int Severity(JsonObject rule)
    {
        if (rule["level"] is null)
        {
            return 0;
        }

        if (AlertJson.ScalarText(rule["level"]) is { } level && SigmaLevel.TryToSeverity(level, out var severity))
        {
            return severity;
        }

        throw new AlertNormalizationException(
            AlertErrorKind.InvalidValue,
            "$.rule.level",
            $"'{Clip(AlertJson.ScalarText(rule["level"]) ?? AlertJson.Describe(rule["level"]))}' is not a Sigma level (informational, low, medium, high, critical)");
    }

    private static IEnumerable<string> Tags(JsonObject rule) => rule["tags"] switch
    {
        null => [],
        JsonArray tags => tags.Select(AlertJson.ScalarText).OfType<string>(),
        _ => throw new AlertNormalizationException(AlertErrorKind.InvalidValue, "$.rule.tags", "expected a list of tags"),
    };

    private static string? Text(JsonObject rule, string name, string path, bool required)
    {
        var node = rule[name];
        if (node is null && !required)
        {
            return null;
        }

        return node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s)
            ? s
            : throw Problem(node, path, "a non-empty string");
    }

    private static void SetIfPresent(JsonObject draft, string path, string? value)
    {
        if (value is not null)
        {
            FindingDocument.Set(draft, path, value);
        }
    }

    private static AlertNormalizationException Problem(JsonNode? found, string path, string expected) => found is null
        ? new(AlertErrorKind.MissingField, path, $"required: {expected}")
        : new(AlertErrorKind.InvalidValue, path, $"expected {expected}, found {AlertJson.Describe(found)}");

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
