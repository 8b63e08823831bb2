using System.Text.Json.Nodes;
using AgentSoar.Intake.Json;

namespace AgentSoar.Intake.Mappings;

/// <summary>A condition a mapping's <c>match</c> list holds: a path exists, a path has a value, or any of several conditions holds.</summary>
internal sealed record MatchCondition(SourcePath? Exists, SourcePath? EqualsPath, string? EqualsValue, IReadOnlyList<MatchCondition>? Any)
{
    public bool Holds(JsonNode root)
    {
        if (Exists is not null)
        {
            return Exists.Evaluate(root).Any(v => AlertJson.ScalarText(v) is not "" || v is not JsonValue);
        }

        if (EqualsPath is not null)
        {
            return EqualsPath.Evaluate(root).Any(v => string.Equals(AlertJson.ScalarText(v), EqualsValue, StringComparison.Ordinal));
        }

        return Any!.Any(c => c.Holds(root));
    }

    public string Describe() =>
        Exists is not null ? $"{JsonPathText.OfDotted(Exists.Text)} exists"
        : EqualsPath is not null ? $"{JsonPathText.OfDotted(EqualsPath.Text)} is '{EqualsValue}'"
        : "one of (" + string.Join("; ", Any!.Select(c => c.Describe())) + ")";
}
