namespace AgentSoar.Benchmarks.Measuring;

/// <summary>Latency samples summarised as p50 and p99 (nearest rank) and the mean, in milliseconds.</summary>
internal sealed record Percentiles(int Samples, double P50Ms, double P99Ms, double MeanMs, double MaxMs)
{
    public static Percentiles Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new Percentiles(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = milliseconds.Order().ToArray();
        return new Percentiles(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.99), Math.Round(sorted.Average(), 3), Math.Round(sorted[^1], 3));
    }

    private static double Rank(double[] sorted, double p) =>
        Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)], 3);
}
