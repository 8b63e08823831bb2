using System.Globalization;

namespace AgentSoar.Connectors.Intel;

/// <summary>Indexes a CSV feed whose columns the source names (value, and optionally type, verdict and score).</summary>
internal static class CsvFeedReader
{
    public static void Read(TextReader reader, IntelSourceOptions options, FeedIndex index)
    {
        var delimiter = options.Delimiter[0];
        int value = -1, type = -1, verdict = -1, score = -1;
        var located = false;
        foreach (var (line, fields) in CsvRecords.Read(reader, delimiter))
        {
            if (!located)
            {
                located = true;
                if (options.HasHeader)
                {
                    (value, type, verdict, score) = (Find(fields, options.ValueColumn), Find(fields, options.TypeColumn), Find(fields, options.VerdictColumn), Find(fields, options.ScoreColumn));
                    var missing = options.Columns().Where(c => c.Column is not null && Find(fields, c.Column) < 0).Select(c => $"{c.Member} '{c.Column}'").ToList();
                    if (missing.Count > 0)
                    {
                        throw new InvalidDataException($"the header has no column {string.Join(", ", missing)}; it has {string.Join(", ", fields)}.");
                    }

                    continue;
                }

                (value, type, verdict, score) = (Number(options.ValueColumn), Number(options.TypeColumn), Number(options.VerdictColumn), Number(options.ScoreColumn));
            }

            ReadRow(line, fields, (value, type, verdict, score), options, index);
        }
    }

    private static void ReadRow(int line, IReadOnlyList<string> fields, (int Value, int Type, int Verdict, int Score) columns, IntelSourceOptions options, FeedIndex index)
    {
        var where = $"line {line.ToString(CultureInfo.InvariantCulture)}";
        var text = Field(fields, columns.Value);
        if (string.IsNullOrWhiteSpace(text))
        {
            index.Skip(where, "no indicator in the value column");
            return;
        }

        var typeText = Field(fields, columns.Type);
        var kind = !string.IsNullOrWhiteSpace(typeText) ? IndicatorText.ParseKind(typeText) : options.IndicatorType ?? IndicatorText.Guess(text);
        if (kind is null)
        {
            index.Skip(where, string.IsNullOrWhiteSpace(typeText) ? $"'{Shorten(text)}' is not an address, domain, URL or hash" : $"unknown type '{Shorten(typeText)}'");
            return;
        }

        var verdictText = Field(fields, columns.Verdict);
        var verdict = string.IsNullOrWhiteSpace(verdictText) ? options.Verdict : DefaultScores.ParseVerdict(verdictText);
        if (verdict is null)
        {
            index.Skip(where, $"unknown verdict '{Shorten(verdictText!)}'");
            return;
        }

        var scoreText = Field(fields, columns.Score);
        int? score = null;
        if (!string.IsNullOrWhiteSpace(scoreText))
        {
            if (!int.TryParse(scoreText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) || parsed is < 0 or > 100)
            {
                index.Skip(where, $"score '{Shorten(scoreText)}' is not an integer from 0 to 100");
                return;
            }

            score = parsed;
        }

        var entry = new FeedEntry(verdict.Value, score ?? DefaultScores.For(verdict.Value, options.Score), where);
        if (!index.Add(kind.Value, text, entry))
        {
            index.Skip(where, $"'{Shorten(text)}' is not a valid {kind.Value.ToString().ToLowerInvariant()}");
        }
    }

    private static int Find(IReadOnlyList<string> header, string? column)
    {
        if (column is null)
        {
            return -1;
        }

        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Trim().Equals(column.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static int Number(string? column) => column is null ? -1 : int.Parse(column, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string? Field(IReadOnlyList<string> fields, int column) => column >= 0 && column < fields.Count ? fields[column] : null;

    internal static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "...";
}
