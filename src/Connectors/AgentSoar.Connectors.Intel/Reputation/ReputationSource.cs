using System.Globalization;
using System.Net;
using System.Text.Json;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Intel;

/// <summary>
/// An HTTP reputation service: <c>GET</c> of the URL template with the indicator in place of
/// <c>{value}</c> (URL-encoded), the API key in its header, the verdict and score read from the JSON
/// answer at the configured paths. Only the template's scheme, host and port are called; redirects
/// are not followed.
/// </summary>
/// <remarks>
/// 2xx is read; 404 means the service does not know the indicator; 401 and 403 are unauthorized;
/// 408, 429, 5xx, network errors and the source's timeout are transient; any other answer, a
/// redirect, or a body that is not the expected JSON is permanent.
/// </remarks>
internal sealed class ReputationSource : IIntelSource
{
    private readonly IntelSourceOptions _options;
    private readonly HttpClient _http;
    private readonly Uri _origin;
    private readonly IReadOnlyList<(string? Name, int Index)>? _verdictPath;
    private readonly IReadOnlyList<(string? Name, int Index)>? _scorePath;

    public ReputationSource(string name, IntelSourceOptions options, HttpClient http)
    {
        Name = name;
        _options = options;
        _http = http;
        _origin = IntelSourceOptions.UrlTemplateOrigin(options.UrlTemplate)!;
        _verdictPath = Path(options.VerdictPath);
        _scorePath = Path(options.ScorePath);
    }

    public string Name { get; }

    public bool Optional => _options.Optional;

    public bool Handles(IndicatorKind kind) => _options.Types.Count == 0 || _options.Types.Contains(kind);

    public SourceStatus Status() =>
        new(Name, IntelSourceType.Http, true, null, null, [], null, _origin.Authority, null);

    public async Task<SourceOutcome> LookupAsync(Indicator indicator, ActionContext context)
    {
        var url = new Uri(_options.UrlTemplate!
            .Replace("{value}", Uri.EscapeDataString(indicator.Value), StringComparison.Ordinal)
            .Replace("{type}", indicator.Kind.ToString().ToLowerInvariant(), StringComparison.Ordinal));
        if (!url.Scheme.Equals(_origin.Scheme, StringComparison.OrdinalIgnoreCase) || !url.Host.Equals(_origin.Host, StringComparison.OrdinalIgnoreCase) || url.Port != _origin.Port)
        {
            return Failed(ActionFailure.Permanent($"refused to call {url.Host}: only {_origin.Authority} is allowed"));
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/json");

        // Read through the secret store (not the bound options) so the host knows to mask the value.
        var key = context.Secrets.GetSecret($"Sources:{Name}:ApiKey");
        if (!string.IsNullOrEmpty(key))
        {
            request.Headers.TryAddWithoutValidation(_options.ApiKeyHeader, (_options.ApiKeyPrefix ?? "") + key);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            context.Logger.LogDebug($"Intel source '{Name}' answered {status} for a {indicator.Kind.ToString().ToLowerInvariant()} lookup.");
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return SourceOutcome.Nothing;
            }

            if (!response.IsSuccessStatusCode)
            {
                var message = $"answered {status} {response.ReasonPhrase}";
                return Failed(status switch
                {
                    401 or 403 => ActionFailure.Unauthorized(message),
                    408 or 429 or >= 500 => ActionFailure.Transient(message, RetryAfter(response, context.Time)),
                    _ => ActionFailure.Permanent(message),
                });
            }

            var body = await ReadBoundedAsync(response.Content, _options.MaxResponseBytes, timeout.Token);
            return body is null
                ? Failed(ActionFailure.Permanent($"answered more than {_options.MaxResponseBytes} bytes"))
                : Interpret(body);
        }
        catch (OperationCanceledException) when (!context.CancellationToken.IsCancellationRequested)
        {
            return Failed(ActionFailure.Transient($"did not answer within {_options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s"));
        }
        catch (HttpRequestException ex)
        {
            return Failed(ActionFailure.Transient($"could not be reached: {ex.Message}"));
        }
    }

    private SourceOutcome Interpret(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return Failed(ActionFailure.Permanent("answered a body that is not JSON"));
        }

        using (document)
        {
            Verdict? verdict = null;
            if (_verdictPath is not null && JsonPathLite.Find(document.RootElement, _verdictPath) is { } verdictValue)
            {
                verdict = VerdictOf(verdictValue);
                if (verdict is null)
                {
                    return Failed(ActionFailure.Permanent($"answered the verdict {CsvFeedReader.Shorten(verdictValue.GetRawText())} at {_options.VerdictPath}, which VerdictMap does not map"));
                }
            }

            int? score = null;
            if (_scorePath is not null && JsonPathLite.Find(document.RootElement, _scorePath) is { } scoreValue)
            {
                score = ScoreOf(scoreValue);
                if (score is null)
                {
                    return Failed(ActionFailure.Permanent($"answered the score {CsvFeedReader.Shorten(scoreValue.GetRawText())} at {_options.ScorePath}, which is not a number"));
                }
            }

            if (verdict is null && score is null)
            {
                var paths = string.Join(" or ", new[] { _options.VerdictPath, _options.ScorePath }.Where(p => !string.IsNullOrWhiteSpace(p)));
                return Failed(ActionFailure.Permanent($"answered JSON without a value at {paths}"));
            }

            verdict ??= score >= _options.MaliciousScore ? Verdict.Malicious : score >= _options.SuspiciousScore ? Verdict.Suspicious : Verdict.Clean;
            var finalScore = score ?? DefaultScores.For(verdict.Value, null);
            var detail = score is null ? $"answered {verdict.Value.ToString().ToLowerInvariant()}" : $"answered {verdict.Value.ToString().ToLowerInvariant()}, score {finalScore}";
            return verdict == Verdict.Unknown ? SourceOutcome.Nothing : SourceOutcome.Said(new SourceVerdict(Name, verdict.Value, finalScore, detail));
        }
    }

    private Verdict? VerdictOf(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (text is null)
        {
            return null;
        }

        if (_options.VerdictMap.TryGetValue(text, out var mapped))
        {
            return mapped;
        }

        return text switch
        {
            "true" => Verdict.Malicious,
            "false" => Verdict.Clean,
            _ => DefaultScores.ParseVerdict(text),
        };
    }

    private int? ScoreOf(JsonElement value)
    {
        double number;
        if (value.ValueKind == JsonValueKind.Number)
        {
            number = value.GetDouble();
        }
        else if (value.ValueKind != JsonValueKind.String || !double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            return null;
        }

        return double.IsFinite(number) ? (int)Math.Round(Math.Clamp(number * 100 / _options.ScoreMax, 0, 100)) : null;
    }

    private SourceOutcome Failed(ActionFailure failure) =>
        SourceOutcome.Failed(failure with { Message = $"Intel source '{Name}' {failure.Message}." });

    private static async Task<byte[]?> ReadBoundedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        var now = time.GetUtcNow();
        return header?.Date is { } date && date > now ? date - now : null;
    }

    private static IReadOnlyList<(string? Name, int Index)>? Path(string? path) =>
        !string.IsNullOrWhiteSpace(path) && JsonPathLite.TryParse(path, out var steps) ? steps : null;
}
