using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AgentSoar.Intake.Attack;
using AgentSoar.Intake.Errors;
using AgentSoar.Intake.Json;
using AgentSoar.Intake.Observables;
using AgentSoar.Intake.Ocsf;
using AgentSoar.Intake.Time;

namespace AgentSoar.Intake.Mappings;

/// <summary>Applies an <see cref="AlertMapping"/> to an alert.</summary>
internal static class MappingNormalizer
{
    public static JsonObject Normalize(AlertMapping mapping, JsonObject alert, string raw, AlertLimits limits, TimeProvider time)
    {
        var draft = new JsonObject();
        foreach (var (target, spec) in mapping.Fields)
        {
            if (Value(spec, alert, mapping, target) is { } value)
            {
                FindingDocument.Set(draft, target, value);
            }
        }

        if (FindingDocument.GetText(draft, "finding_info.title") is null)
        {
            var from = mapping.Fields.FirstOrDefault(f => f.Target == "finding_info.title").Spec?.From;
            var where = from is { Count: > 0 } ? string.Join(", ", from.Select(p => JsonPathText.OfDotted(p.Text))) : "(nothing)";
            throw new AlertNormalizationException(
                AlertErrorKind.MissingField,
                from is { Count: > 0 } ? JsonPathText.OfDotted(from[0].Text) : "$",
                $"mapping '{mapping.Name}' takes finding_info.title from {where}, and the alert has no text there");
        }

        FindingDocument.Set(draft, "metadata.product.name", mapping.Product.Name);
        if (mapping.Product.VendorName is { } vendor)
        {
            FindingDocument.Set(draft, "metadata.product.vendor_name", vendor);
        }
        if (mapping.Severity is { } severity)
        {
            draft["severity_id"] = Severity(severity, alert, mapping);
        }

        var attacks = new AttackList();
        foreach (var attack in mapping.Attacks)
        {
            AddAttacks(attacks, attack, alert);
        }

        if (attacks.ToJson() is { } attackJson)
        {
            FindingDocument.Set(draft, "finding_info.attacks", attackJson);
        }

        var observables = new ObservableSet(limits);
        foreach (var observable in mapping.Observables)
        {
            AddObservables(observables, observable, alert);
        }

        draft["observables"] = observables.ToJson();
        return FindingCompletion.Complete(draft, raw, time);
    }

    private static JsonNode? Value(ValueSpec spec, JsonObject alert, AlertMapping mapping, string target)
    {
        if (spec.Constant is not null)
        {
            return spec.Constant.DeepClone();
        }

        foreach (var path in spec.From)
        {
            var values = path.Evaluate(alert);
            if (values.Count == 0 || (values.Count == 1 && AlertJson.ScalarText(values[0]) is "" ))
            {
                continue;
            }

            return Convert(spec.Type, values) ?? throw new AlertNormalizationException(
                AlertErrorKind.InvalidValue,
                JsonPathText.OfDotted(path.Text),
                $"mapping '{mapping.Name}' needs {spec.Type.ToString().ToLowerInvariant()} for {target}, found {Describe(values[0])}");
        }

        return spec.Default?.DeepClone();
    }

    private static JsonNode? Convert(MappingValueType type, IReadOnlyList<JsonNode> values)
    {
        var text = AlertJson.ScalarText(values[0]);
        return type switch
        {
            MappingValueType.String => text is null ? null : JsonValue.Create(text),
            MappingValueType.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? JsonValue.Create(i) : null,
            MappingValueType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? JsonValue.Create(d) : null,
            MappingValueType.Boolean => bool.TryParse(text, out var b) ? JsonValue.Create(b) : null,
            MappingValueType.Time => Timestamps.TryParseMilliseconds(text, out var ms) ? JsonValue.Create(ms) : null,
            _ => new JsonArray(values.Select(AlertJson.ScalarText).OfType<string>().Select(s => (JsonNode)JsonValue.Create(s)).ToArray()),
        };
    }

    private static int Severity(SeverityMapping severity, JsonObject alert, AlertMapping mapping)
    {
        foreach (var path in severity.From)
        {
            if (path.Evaluate(alert).Select(AlertJson.ScalarText).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) is not { } text)
            {
                continue;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && severity.Ranges.FirstOrDefault(r => number >= r.Min && number <= r.Max) is { } range)
            {
                return range.Id;
            }

            if (severity.Values.TryGetValue(text.Trim(), out var mapped) || OcsfSeverity.TryParseWord(text, out mapped))
            {
                return mapped;
            }

            return severity.Default ?? throw new AlertNormalizationException(
                AlertErrorKind.InvalidValue,
                JsonPathText.OfDotted(path.Text),
                $"mapping '{mapping.Name}' has no severity for '{(text.Length > 40 ? text[..40] + "..." : text)}' and no default");
        }

        return severity.Default ?? 0;
    }

    private static void AddAttacks(AttackList attacks, AttackMapping mapping, JsonObject alert)
    {
        IEnumerable<JsonNode> scopes = mapping.Each is null ? [alert] : mapping.Each.Evaluate(alert);
        foreach (var scope in scopes)
        {
            var ids = mapping.Techniques.SelectMany(p => p.Evaluate(scope)).Select(AlertJson.ScalarText).ToList();
            var names = mapping.TechniqueNames?.Evaluate(scope).Select(AlertJson.ScalarText).ToList();
            var techniques = new List<(string, string?)>();
            for (var i = 0; i < ids.Count; i++)
            {
                if (AttackIds.TryParseTechnique(ids[i], out var uid))
                {
                    techniques.Add((uid, names is not null && names.Count == ids.Count ? names[i] : null));
                }
            }

            var tactics = mapping.Tactics.SelectMany(p => p.Evaluate(scope))
                .Select(v => AttackTactics.Resolve(AlertJson.ScalarText(v)))
                .OfType<AttackTactic>();
            attacks.AddGroup(techniques, tactics);
        }
    }

    private static void AddObservables(ObservableSet observables, ObservableMapping mapping, JsonObject alert)
    {
        foreach (var text in mapping.From.SelectMany(p => p.Evaluate(alert)).Select(AlertJson.ScalarText).OfType<string>())
        {
            var value = mapping.Kind switch
            {
                "ip" => IPAddress.TryParse(text, out var ip) ? ip.ToString() : null,
                "port" => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535 ? text : null,
                "process" or "file" => FileName(text),
                "hash" => text.ToLowerInvariant(),
                _ => text,
            };
            observables.Add(mapping.Name, mapping.TypeId, value, mapping.Caption);
        }
    }

    private static string FileName(string path)
    {
        var cut = path.TrimEnd('\\', '/').LastIndexOfAny(['\\', '/']);
        return cut < 0 ? path : path[(cut + 1)..];
    }

    private static string Describe(JsonNode node) => AlertJson.ScalarText(node) is { } text ? $"'{(text.Length > 40 ? text[..40] + "..." : text)}'" : AlertJson.Describe(node);
}
