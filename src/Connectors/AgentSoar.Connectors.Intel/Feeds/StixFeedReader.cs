using System.Globalization;
using System.Text.Json;
using AgentSoar.Connectors.Intel.Stix;

namespace AgentSoar.Connectors.Intel;

/// <summary>
/// Indexes the indicators of a STIX 2.1 bundle (or a lone indicator, or an array of objects).
/// Revoked indicators, patterns of another language, patterns the connector cannot decide from one
/// value and indicators below the minimum confidence are skipped with their reason; other objects
/// (identities, relationships) are not indicators and are passed over silently. <c>valid_from</c> and
/// <c>valid_until</c> are kept and checked at lookup time, so an indicator expires while loaded.
/// </summary>
internal static class StixFeedReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64, AllowTrailingCommas = false };

    public static void Read(Stream stream, string file, IntelSourceOptions options, FeedIndex index)
    {
        using var document = JsonDocument.Parse(stream, DocumentOptions);
        var root = document.RootElement;
        var objects = root.ValueKind switch
        {
            JsonValueKind.Array => root.EnumerateArray(),
            JsonValueKind.Object when Text(root, "type") == "bundle" && root.TryGetProperty("objects", out var list) && list.ValueKind == JsonValueKind.Array => list.EnumerateArray(),
            JsonValueKind.Object when Text(root, "type") == "indicator" => new[] { root }.AsEnumerable(),
            _ => throw new InvalidDataException($"{System.IO.Path.GetFileName(file)} is not a STIX bundle (an object with type 'bundle' and an 'objects' array)."),
        };

        foreach (var item in objects)
        {
            if (item.ValueKind == JsonValueKind.Object && Text(item, "type") == "indicator")
            {
                ReadIndicator(item, options, index);
            }
        }
    }

    private static void ReadIndicator(JsonElement indicator, IntelSourceOptions options, FeedIndex index)
    {
        var id = Text(indicator, "id") ?? "indicator without an id";
        if (indicator.TryGetProperty("revoked", out var revoked) && revoked.ValueKind == JsonValueKind.True)
        {
            index.Skip(id, "revoked");
            return;
        }

        var patternType = Text(indicator, "pattern_type") ?? "stix";
        if (!patternType.Equals("stix", StringComparison.OrdinalIgnoreCase))
        {
            index.Skip(id, $"pattern_type '{patternType}' is not supported (only stix)");
            return;
        }

        var pattern = Text(indicator, "pattern");
        if (string.IsNullOrWhiteSpace(pattern))
        {
            index.Skip(id, "no pattern");
            return;
        }

        int? confidence = null;
        if (indicator.TryGetProperty("confidence", out var confidenceValue))
        {
            if (confidenceValue.ValueKind != JsonValueKind.Number || !confidenceValue.TryGetInt32(out var c) || c is < 0 or > 100)
            {
                index.Skip(id, "confidence is not an integer from 0 to 100");
                return;
            }

            confidence = c;
        }

        if (confidence < options.MinConfidence)
        {
            index.Skip(id, $"confidence {confidence} is below MinConfidence {options.MinConfidence}");
            return;
        }

        if (!TryTime(indicator, "valid_from", out var validFrom) || !TryTime(indicator, "valid_until", out var validUntil))
        {
            index.Skip(id, "valid_from or valid_until is not a timestamp");
            return;
        }

        IReadOnlyList<(IndicatorKind Kind, string Value)> terms;
        try
        {
            var (found, unsupported) = StixPatternTerms.Extract(StixPatternParser.Parse(pattern));
            if (unsupported is not null)
            {
                index.Skip(id, $"pattern not supported: {unsupported}");
                return;
            }

            terms = found;
        }
        catch (StixPatternException ex)
        {
            index.Skip(id, $"pattern does not parse: {ex.Message}");
            return;
        }

        var verdict = VerdictOf(indicator) ?? options.Verdict;
        var name = Text(indicator, "name");
        var detail = string.IsNullOrEmpty(name) ? id : $"{id} ({name})";
        var entry = new FeedEntry(verdict, confidence ?? DefaultScores.For(verdict, options.Score), detail, validFrom, validUntil);
        foreach (var (kind, value) in terms)
        {
            index.Add(kind, value, entry);
        }
    }

    /// <summary>The worst verdict the <c>indicator_types</c> (or STIX 2.0 <c>labels</c>) imply, or null when they imply none.</summary>
    private static Verdict? VerdictOf(JsonElement indicator)
    {
        Verdict? worst = null;
        foreach (var property in new[] { "indicator_types", "labels" })
        {
            if (!indicator.TryGetProperty(property, out var types) || types.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var type in types.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String))
            {
                Verdict? verdict = type.GetString() switch
                {
                    "malicious-activity" or "attribution" or "compromised" => Verdict.Malicious,
                    "anomalous-activity" or "unknown" => Verdict.Suspicious,
                    "benign" => Verdict.Clean,
                    _ => null,
                };
                if (verdict > (worst ?? Verdict.Unknown) || (verdict is not null && worst is null))
                {
                    worst = verdict;
                }
            }
        }

        return worst;
    }

    private static bool TryTime(JsonElement item, string name, out DateTimeOffset? value)
    {
        value = null;
        if (!item.TryGetProperty(name, out var element))
        {
            return true;
        }

        if (element.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(element.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
