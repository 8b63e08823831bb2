using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentSoar.Cli.Planner;

/// <summary>The eval's summary: accuracy, top-3 accuracy, fallback rate and latency percentiles, with every case.</summary>
internal sealed record EvalReport(
    [property: JsonPropertyName("planner")] string Planner,
    [property: JsonPropertyName("cases")] int Cases,
    [property: JsonPropertyName("correct")] int Correct,
    [property: JsonPropertyName("top3")] int Top3,
    [property: JsonPropertyName("fallbacks")] int Fallbacks,
    [property: JsonPropertyName("accuracy")] double Accuracy,
    [property: JsonPropertyName("top3_accuracy")] double Top3Accuracy,
    [property: JsonPropertyName("fallback_rate")] double FallbackRate,
    [property: JsonPropertyName("latency_p50_ms")] double LatencyP50Ms,
    [property: JsonPropertyName("latency_p95_ms")] double LatencyP95Ms,
    [property: JsonPropertyName("results")] IReadOnlyList<EvalReport.Row> Results)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static EvalReport Of(string planner, IReadOnlyList<EvalOutcome> outcomes)
    {
        var n = outcomes.Count;
        var latencies = outcomes.Select(o => o.Latency.TotalMilliseconds).Order().ToList();
        return new EvalReport(
            planner,
            n,
            outcomes.Count(o => o.Correct),
            outcomes.Count(o => o.InTop3),
            outcomes.Count(o => o.Fallback),
            Ratio(outcomes.Count(o => o.Correct), n),
            Ratio(outcomes.Count(o => o.InTop3), n),
            Ratio(outcomes.Count(o => o.Fallback), n),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            outcomes.Select(o => new Row(o.Case, o.Expected, o.Chosen, o.Ranking.Take(3).ToList(), o.Correct, o.InTop3, o.Fallback, o.FallbackReason, Math.Round(o.Latency.TotalMilliseconds, 1))).ToList());
    }

    public string ToJson() => JsonSerializer.Serialize(this, Indented);

    public void WriteText(TextWriter output)
    {
        foreach (var row in Results)
        {
            var mark = row.Correct ? "ok  " : row.Top3 ? "top3" : "miss";
            var fallback = row.Fallback ? $" (fallback: {row.FallbackReason})" : "";
            output.WriteLine($"{mark} {row.Case}: expected {row.Expected}, chose {row.Chosen} [{string.Join(", ", row.Ranking)}] {Ms(row.LatencyMs)}{fallback}");
        }

        output.WriteLine();
        output.WriteLine($"planner: {Planner}");
        output.WriteLine($"cases: {Cases}");
        output.WriteLine($"accuracy: {Correct}/{Cases} ({Percent(Accuracy)})");
        output.WriteLine($"top-3 accuracy: {Top3}/{Cases} ({Percent(Top3Accuracy)})");
        output.WriteLine($"fallback rate: {Fallbacks}/{Cases} ({Percent(FallbackRate)})");
        output.WriteLine($"latency: p50 {Ms(LatencyP50Ms)}, p95 {Ms(LatencyP95Ms)}");
    }

    /// <summary>Nearest rank: the smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    internal static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)], 1);

    private static double Ratio(int count, int total) => total == 0 ? 0 : Math.Round((double)count / total, 4);

    private static string Percent(double ratio) => (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Ms(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    internal sealed record Row(
        [property: JsonPropertyName("case")] string Case,
        [property: JsonPropertyName("expected")] string Expected,
        [property: JsonPropertyName("chosen")] string Chosen,
        [property: JsonPropertyName("top3")] IReadOnlyList<string> Ranking,
        [property: JsonPropertyName("correct")] bool Correct,
        [property: JsonPropertyName("in_top3")] bool Top3,
        [property: JsonPropertyName("fallback")] bool Fallback,
        [property: JsonPropertyName("fallback_reason")] string? FallbackReason,
        [property: JsonPropertyName("latency_ms")] double LatencyMs);
}
