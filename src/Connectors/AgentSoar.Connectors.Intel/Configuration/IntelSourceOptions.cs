using System.Globalization;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Intel;

/// <summary>One named source, under <c>AgentSoar:Connectors:intel:Sources:&lt;name&gt;</c>.</summary>
public sealed class IntelSourceOptions
{
    /// <summary>What the source is: <c>Stix</c>, <c>Csv</c>, <c>List</c> or <c>Http</c>. Required.</summary>
    public IntelSourceType? Type { get; set; }

    /// <summary>When true, a failure of this source (unreachable, unreadable) is listed in the lookup's <c>unavailable</c> instead of failing the lookup.</summary>
    public bool Optional { get; set; }

    /// <summary>Feeds: the file (for <c>Stix</c>, also a folder of <c>*.json</c>), absolute or relative to the working directory.</summary>
    public string? Path { get; set; }

    /// <summary>
    /// Feeds: the verdict of an entry that does not give one (a list line, a CSV row without a verdict
    /// column, a STIX indicator without <c>indicator_types</c>). Default <c>Malicious</c>.
    /// </summary>
    public Verdict Verdict { get; set; } = Verdict.Malicious;

    /// <summary>Feeds: the score of an entry that does not give one; by default 80 for malicious, 50 for suspicious, 0 otherwise.</summary>
    public int? Score { get; set; }

    /// <summary>Feeds: whether a listed domain also matches its subdomains (<c>evil.example</c> matches <c>a.evil.example</c>). Default false.</summary>
    public bool MatchSubdomains { get; set; }

    /// <summary>Lists and CSV files without a type column: the kind of every entry; unset, each entry's kind is guessed from its text.</summary>
    public IndicatorKind? IndicatorType { get; set; }

    /// <summary>STIX: indicators with a <c>confidence</c> below this are skipped. Default 0.</summary>
    public int MinConfidence { get; set; }

    /// <summary>CSV: the column of the indicator, by header name, or by 0-based number when <see cref="HasHeader"/> is false. Default <c>indicator</c>.</summary>
    public string ValueColumn { get; set; } = "indicator";

    /// <summary>CSV: the column of the indicator's kind (<c>ip</c>, <c>domain</c>, <c>url</c>, <c>hash</c>, <c>sha256</c>...), if any.</summary>
    public string? TypeColumn { get; set; }

    /// <summary>CSV: the column of the verdict (<c>malicious</c>, <c>suspicious</c>, <c>clean</c>, <c>unknown</c>), if any.</summary>
    public string? VerdictColumn { get; set; }

    /// <summary>CSV: the column of the score (0 to 100), if any.</summary>
    public string? ScoreColumn { get; set; }

    /// <summary>CSV: whether the first row names the columns. Default true.</summary>
    public bool HasHeader { get; set; } = true;

    /// <summary>CSV: the field separator, one character. Default <c>,</c>.</summary>
    public string Delimiter { get; set; } = ",";

    /// <summary>
    /// HTTP: the URL to call, with <c>{value}</c> where the indicator goes (URL-encoded) and optionally
    /// <c>{type}</c> (<c>ip</c>, <c>domain</c>, <c>url</c>, <c>hash</c>); both only after the host. Only
    /// this URL's scheme, host and port are ever called, and redirects are not followed.
    /// </summary>
    public string? UrlTemplate { get; set; }

    /// <summary>HTTP: the kinds of indicator the service is asked about; empty, all of them.</summary>
    public IList<IndicatorKind> Types { get; } = [];

    /// <summary>HTTP: the header that carries <see cref="ApiKey"/>. Default <c>X-Api-Key</c>.</summary>
    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    /// <summary>HTTP: text put before the key in the header (<c>Bearer </c>, <c>apikey </c>). Default none.</summary>
    public string? ApiKeyPrefix { get; set; }

    /// <summary>HTTP: the API key; a secret, read through the secret store (use <c>ApiKey_FILE</c> for a file).</summary>
    [Secret]
    public string? ApiKey { get; set; }

    /// <summary>HTTP: where the verdict is in the JSON answer, as a path like <c>data.verdict</c> or <c>results[0].label</c>.</summary>
    public string? VerdictPath { get; set; }

    /// <summary>HTTP: where the score is in the JSON answer, as a path like <c>data.score</c>.</summary>
    public string? ScorePath { get; set; }

    /// <summary>HTTP: the service's verdict words mapped to ours (<c>VerdictMap:bad = Malicious</c>); unmapped words are read as our own names and common synonyms.</summary>
    public IDictionary<string, Verdict> VerdictMap { get; } = new Dictionary<string, Verdict>(StringComparer.OrdinalIgnoreCase);

    /// <summary>HTTP: the top of the service's score scale, rescaled to 0–100. Default 100.</summary>
    public double ScoreMax { get; set; } = 100;

    /// <summary>HTTP: without a verdict in the answer, a score at or above this (0–100) is malicious. Default 75.</summary>
    public int MaliciousScore { get; set; } = 75;

    /// <summary>HTTP: without a verdict in the answer, a score at or above this (0–100) is suspicious, below it clean. Default 40.</summary>
    public int SuspiciousScore { get; set; } = 40;

    /// <summary>HTTP: how long to wait for an answer. Default 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>HTTP: the largest answer read, in bytes. Default 1 MiB.</summary>
    public int MaxResponseBytes { get; set; } = 1024 * 1024;

    internal IEnumerable<(string Member, string Message)> Check()
    {
        if (Type is null)
        {
            yield return (nameof(Type), "is required: Stix, Csv, List or Http.");
            yield break;
        }

        if (Type == IntelSourceType.Http)
        {
            foreach (var problem in CheckHttp())
            {
                yield return problem;
            }

            yield break;
        }

        if (string.IsNullOrWhiteSpace(Path))
        {
            yield return (nameof(Path), $"is required for a {Type} source.");
        }

        if (Score is < 0 or > 100)
        {
            yield return (nameof(Score), "must be between 0 and 100.");
        }

        if (MinConfidence is < 0 or > 100)
        {
            yield return (nameof(MinConfidence), "must be between 0 and 100.");
        }

        if (Type == IntelSourceType.Csv)
        {
            if (Delimiter.Length != 1 || Delimiter[0] is '"' or '\r' or '\n')
            {
                yield return (nameof(Delimiter), "must be one character other than a quote or a line break.");
            }

            if (string.IsNullOrWhiteSpace(ValueColumn))
            {
                yield return (nameof(ValueColumn), "is required for a Csv source.");
            }

            if (!HasHeader)
            {
                foreach (var (member, column) in Columns().Where(c => c.Column is not null && !int.TryParse(c.Column, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                {
                    yield return (member, "must be a 0-based column number when HasHeader is false.");
                }
            }
        }
    }

    internal IEnumerable<(string Member, string? Column)> Columns() =>
    [
        (nameof(ValueColumn), ValueColumn),
        (nameof(TypeColumn), TypeColumn),
        (nameof(VerdictColumn), VerdictColumn),
        (nameof(ScoreColumn), ScoreColumn),
    ];

    private IEnumerable<(string Member, string Message)> CheckHttp()
    {
        if (UrlTemplateOrigin(UrlTemplate) is null)
        {
            yield return (nameof(UrlTemplate), "must be an absolute http or https URL containing {value} after the host.");
        }

        if (string.IsNullOrWhiteSpace(VerdictPath) && string.IsNullOrWhiteSpace(ScorePath))
        {
            yield return (nameof(VerdictPath), "VerdictPath or ScorePath (or both) is required for an Http source.");
        }

        foreach (var (member, path) in new[] { (nameof(VerdictPath), VerdictPath), (nameof(ScorePath), ScorePath) })
        {
            if (!string.IsNullOrWhiteSpace(path) && !JsonPathLite.TryParse(path, out _))
            {
                yield return (member, "must be a path like data.verdict or results[0].score.");
            }
        }

        if (string.IsNullOrWhiteSpace(ApiKeyHeader) || ApiKeyHeader.Any(c => c <= ' ' || c == ':'))
        {
            yield return (nameof(ApiKeyHeader), "must be a header name.");
        }

        if (ScoreMax <= 0)
        {
            yield return (nameof(ScoreMax), "must be greater than 0.");
        }

        if (MaliciousScore is < 0 or > 100 || SuspiciousScore is < 0 or > 100 || SuspiciousScore > MaliciousScore)
        {
            yield return (nameof(MaliciousScore), "MaliciousScore and SuspiciousScore must be between 0 and 100, SuspiciousScore not above MaliciousScore.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            yield return (nameof(Timeout), "must be positive.");
        }

        if (MaxResponseBytes <= 0)
        {
            yield return (nameof(MaxResponseBytes), "must be positive.");
        }
    }

    /// <summary>The scheme, host and port a template may call, or null when the template is not usable.</summary>
    internal static Uri? UrlTemplateOrigin(string? template)
    {
        if (string.IsNullOrWhiteSpace(template) || !template.Contains("{value}", StringComparison.Ordinal))
        {
            return null;
        }

        var sample = template.Replace("{value}", "v", StringComparison.Ordinal).Replace("{type}", "t", StringComparison.Ordinal);
        if (!Uri.TryCreate(sample, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.UserInfo.Length > 0)
        {
            return null;
        }

        // The placeholders must sit in the path or query: a value must never choose the host.
        var authorityEnd = template.IndexOf('/', template.IndexOf("://", StringComparison.Ordinal) + 3);
        var firstPlaceholder = template.IndexOf('{', StringComparison.Ordinal);
        return authorityEnd < 0 || firstPlaceholder < authorityEnd ? null : new Uri(uri.GetLeftPart(UriPartial.Authority));
    }
}
