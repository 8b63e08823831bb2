using System.Text.Json.Nodes;

namespace AgentSoar.Planning.Rules;

/// <summary>
/// Where an alert comes from (<c>metadata.product</c>: name and vendor) against a playbook's <c>source.NAME</c> tags,
/// so a playbook written for one product's alerts (<c>source.sysmon</c>, <c>source.wazuh</c>) ranks higher on them.
/// </summary>
internal static class SourceTags
{
    private const string Prefix = "source.";

    /// <summary>The alert's product and vendor names, normalised; empty when the alert does not say.</summary>
    public static IReadOnlyList<string> Of(JsonNode finding)
    {
        var product = finding["metadata"]?["product"];
        return new[] { Text(product?["name"]), Text(product?["vendor_name"]) }
            .OfType<string>()
            .Select(Normalise)
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The first <c>source.</c> tag of the playbook naming one of <paramref name="sources"/>, or null.</summary>
    public static string? Matching(IEnumerable<string> tags, IReadOnlyList<string> sources) =>
        tags.FirstOrDefault(t => t.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && t.Length > Prefix.Length
            && sources.Any(s => s.Contains(Normalise(t[Prefix.Length..]), StringComparison.Ordinal)));

    // "Microsoft-Windows-Sysmon", "Sysmon" and "sysmon" all read as the same source.
    private static string Normalise(string text) =>
        new(text.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
