using System.Globalization;

namespace AgentSoar.Connectors.Intel;

/// <summary>
/// Indexes a plain list: one indicator per line; <c>#</c> at the start of a line, or after
/// whitespace, starts a comment; blank lines are passed over.
/// </summary>
internal static class ListFeedReader
{
    public static void Read(TextReader reader, IntelSourceOptions options, FeedIndex index)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = StripComment(line).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var where = $"line {number.ToString(CultureInfo.InvariantCulture)}";
            var kind = options.IndicatorType ?? IndicatorText.Guess(text);
            if (kind is null)
            {
                index.Skip(where, $"'{CsvFeedReader.Shorten(text)}' is not an address, domain, URL or hash");
                continue;
            }

            if (!index.Add(kind.Value, text, new FeedEntry(options.Verdict, DefaultScores.For(options.Verdict, options.Score), where)))
            {
                index.Skip(where, $"'{CsvFeedReader.Shorten(text)}' is not a valid {kind.Value.ToString().ToLowerInvariant()}");
            }
        }
    }

    private static string StripComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }
}
