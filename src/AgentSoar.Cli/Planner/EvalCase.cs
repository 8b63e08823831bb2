using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Intake;
using AgentSoar.Intake.Errors;

namespace AgentSoar.Cli.Planner;

/// <summary>One labelled alert: <c>{"expected": "playbook-id" | "none", "note": "...", "alert": {...}}</c>, the alert in any format intake reads.</summary>
internal sealed record EvalCase(string Name, string Expected, JsonNode Finding)
{
    public const string None = "none";

    /// <summary>Every <c>*.json</c> case of <paramref name="folder"/>, in name order, normalised; a case that cannot be read is an error naming its file.</summary>
    public static (List<EvalCase> Cases, List<string> Errors) LoadFolder(string folder, AlertNormalizer normalizer)
    {
        var cases = new List<EvalCase>();
        var errors = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            try
            {
                var root = JsonNode.Parse(File.ReadAllText(file)) as JsonObject;
                var expected = root?["expected"] is JsonValue e && e.TryGetValue<string>(out var id) && id.Length > 0 ? id : null;
                if (root is null || expected is null || root["alert"] is not JsonObject alert)
                {
                    errors.Add($"{name}: expected an object with \"expected\" (a playbook id or \"none\") and \"alert\"");
                    continue;
                }

                cases.Add(new EvalCase(name, expected, normalizer.Normalize(alert.ToJsonString()).Finding));
            }
            catch (Exception ex) when (ex is JsonException or AlertNormalizationException or IOException)
            {
                errors.Add($"{name}: {(ex is AlertNormalizationException n ? n.Error.ToString() : ex.Message)}");
            }
        }

        return (cases, errors);
    }
}
