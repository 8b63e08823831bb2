namespace AgentSoar.Connectors.Intel;

/// <summary>What one feed line or STIX indicator says of one value.</summary>
/// <param name="Verdict">The verdict it gives.</param>
/// <param name="Score">0 to 100.</param>
/// <param name="Detail">Where it comes from (an indicator id and name, a line number), for the analyst.</param>
/// <param name="ValidFrom">Before this time the entry says nothing (STIX <c>valid_from</c>).</param>
/// <param name="ValidUntil">From this time on the entry says nothing (STIX <c>valid_until</c>).</param>
internal sealed record FeedEntry(Verdict Verdict, int Score, string Detail, DateTimeOffset? ValidFrom = null, DateTimeOffset? ValidUntil = null)
{
    public bool IsValidAt(DateTimeOffset now) =>
        (ValidFrom is not { } from || from <= now) && (ValidUntil is not { } until || now < until);

    /// <summary>Worse verdict first, then higher score.</summary>
    public static int CompareSeverity(FeedEntry left, FeedEntry right)
    {
        var byVerdict = left.Verdict.CompareTo(right.Verdict);
        return byVerdict != 0 ? byVerdict : left.Score.CompareTo(right.Score);
    }
}
