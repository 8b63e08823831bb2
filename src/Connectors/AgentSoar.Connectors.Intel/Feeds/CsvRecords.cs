using System.Text;

namespace AgentSoar.Connectors.Intel;

/// <summary>
/// Reads CSV records (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). Lines
/// that start with <c>#</c> outside a quoted field are comments; blank lines are passed over.
/// </summary>
internal static class CsvRecords
{
    public const int MaxFields = 256;

    /// <summary>Each record with the line it starts on (1-based).</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(TextReader reader, char delimiter)
    {
        var line = 1;
        var field = new StringBuilder();
        while (true)
        {
            var first = reader.Peek();
            if (first < 0)
            {
                yield break;
            }

            var startLine = line;
            if (first is '#' or '\r' or '\n')
            {
                // A comment or a blank line: skip to the end of the line.
                var skipped = reader.ReadLine();
                line++;
                if (skipped is not null)
                {
                    continue;
                }

                yield break;
            }

            var fields = new List<string>();
            var quoted = false;
            var inQuotes = false;
            field.Clear();
            while (true)
            {
                var next = reader.Read();
                if (next < 0)
                {
                    fields.Add(Finish(field, quoted));
                    break;
                }

                var c = (char)next;
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            field.Append('"');
                        }
                        else
                        {
                            inQuotes = false;
                        }
                    }
                    else
                    {
                        if (c == '\n')
                        {
                            line++;
                        }

                        field.Append(c);
                    }

                    continue;
                }

                if (c == '"' && field.Length == 0 && !quoted)
                {
                    quoted = true;
                    inQuotes = true;
                }
                else if (c == delimiter)
                {
                    fields.Add(Finish(field, quoted));
                    field.Clear();
                    quoted = false;
                    if (fields.Count > MaxFields)
                    {
                        throw new InvalidDataException($"line {startLine} has more than {MaxFields} fields.");
                    }
                }
                else if (c == '\n')
                {
                    line++;
                    fields.Add(Finish(field, quoted));
                    break;
                }
                else if (c != '\r')
                {
                    field.Append(c);
                }
            }

            yield return (startLine, fields);
        }
    }

    private static string Finish(StringBuilder field, bool quoted) => quoted ? field.ToString() : field.ToString().Trim();
}
