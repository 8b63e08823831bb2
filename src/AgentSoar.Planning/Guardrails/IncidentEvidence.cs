using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AgentSoar.Planning.Guardrails;

/// <summary>
/// The values an incident's finding names, against which the model's input values are checked: every observable's
/// value and every whole string (or number) value of the finding's fields, except <c>raw_data</c> and
/// <c>unmapped</c> (the unparsed original) and free text (titles, descriptions, messages, comments), where an
/// attacker writes what they like. A value is never found inside another: <c>10.0.0.1</c> does not occur in a
/// title saying "block 10.0.0.1". A few forms are derived from whole values: the host of a URL, the domain of an
/// e-mail address, the bare name of <c>DOMAIN\user</c> or <c>user@domain</c>, the file name at the end of a path and
/// the hashes of a <c>SHA256=...,MD5=...</c> list.
/// </summary>
public sealed partial class IncidentEvidence
{
    private static readonly HashSet<string> Unparsed = new(StringComparer.OrdinalIgnoreCase) { "raw_data", "unmapped" };
    private static readonly HashSet<string> FreeText = new(StringComparer.OrdinalIgnoreCase) { "title", "desc", "description", "message", "comment", "summary" };

    private readonly HashSet<string> _values;

    private IncidentEvidence(HashSet<string> values) => _values = values;

    /// <summary>How many distinct values the finding names (derived forms included).</summary>
    public int Count => _values.Count;

    /// <summary>The evidence of <paramref name="finding"/>.</summary>
    public static IncidentEvidence Of(JsonNode finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var values = new HashSet<string>(StringComparer.Ordinal);
        Collect(finding, null, values);
        if (finding["observables"] is JsonArray observables)
        {
            // Observables always count, whatever the field they were drawn from.
            foreach (var value in observables.Select(o => o?["value"]).OfType<JsonValue>())
            {
                Add(value, values);
            }
        }

        return new IncidentEvidence(values);
    }

    /// <summary>True when <paramref name="value"/> is one of the finding's values (case, surrounding space and IP notation aside).</summary>
    public bool Contains(string value) => _values.Contains(Normalise(value));

    private static void Collect(JsonNode? node, string? key, HashSet<string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (!Unparsed.Contains(name) && !FreeText.Contains(name))
                    {
                        Collect(child, name, values);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, key, values);
                }

                break;
            case JsonValue value:
                Add(value, values);
                break;
        }
    }

    private static void Add(JsonValue value, HashSet<string> values)
    {
        var text = value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4096)
        {
            return;
        }

        values.Add(Normalise(text));
        foreach (var derived in Derived(text.Trim()))
        {
            values.Add(Normalise(derived));
        }
    }

    private static IEnumerable<string> Derived(string text)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp")
        {
            yield return uri.Host;
        }

        var at = text.LastIndexOf('@');
        if (at > 0 && at < text.Length - 1 && !text.Contains(' ', StringComparison.Ordinal))
        {
            yield return text[..at];
            yield return text[(at + 1)..];
        }

        var slash = text.LastIndexOfAny(['\\', '/']);
        if (slash >= 0 && slash < text.Length - 1 && !text.Contains(' ', StringComparison.Ordinal))
        {
            // DOMAIN\user, and the file name at the end of a path.
            yield return text[(slash + 1)..];
        }

        if (HashList().IsMatch(text))
        {
            foreach (var pair in text.Split(','))
            {
                yield return pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..];
            }
        }
    }

    /// <summary>Case, surrounding space and a host name's final dot aside; an IP address in its canonical form.</summary>
    internal static string Normalise(string text)
    {
        var value = text.Trim().TrimEnd('.').ToLowerInvariant();
        return ObservableText.IsAddress(value) && IPAddress.TryParse(value, out var address) ? address.ToString() : value;
    }

    [GeneratedRegex(@"^[A-Za-z0-9]+=[0-9A-Fa-f]+(?:,[A-Za-z0-9]+=[0-9A-Fa-f]+)*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HashList();
}
