using System.ComponentModel;

namespace AgentSoar.Connectors.Intel;

/// <summary>How one source is, as the <c>test</c> action reports it.</summary>
internal sealed record SourceStatus(
    string Name,
    [Description("stix, csv, list or http.")] IntelSourceType Type,
    [Description("Whether the source can answer lookups (a feed is loaded, a service is configured).")] bool Ready,
    [Description("Feeds: how many values are indexed.")] int? Indicators,
    [Description("Feeds: how many indicators, rows or lines were skipped.")] int? Skipped,
    [Description("Feeds: the first skipped ones, with the reason.")] IReadOnlyList<SkippedIndicator> SkippedSamples,
    [Description("Feeds: when the feed was last loaded.")] DateTimeOffset? LoadedAt,
    [Description("Http: the only host the source calls.")] string? Host,
    [Description("What went wrong, if anything.")] string? Error);
