using System.Globalization;
using System.Text;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Intel;

/// <summary>
/// A local feed (STIX, CSV or list) that reloads itself: at most every reload interval, a lookup
/// compares the files' modification times and lengths with the last load; when they differ, one
/// lookup rebuilds the index while the others keep using the old one, then the new index is swapped
/// in whole. A file that fails to load keeps the last good index in service and reports the error.
/// </summary>
internal sealed class FeedSource : IIntelSource
{
    private readonly IntelSourceOptions _options;
    private readonly string _path;
    private readonly TimeSpan _reloadInterval;
    private readonly long _maxBytes;
    private readonly TimeProvider _time;
    private readonly IActionLogger _logger;
    private readonly Lock _reloadGate = new();
    private volatile FeedState? _state;
    private long _lastCheckTicks;

    public FeedSource(string name, IntelSourceOptions options, IntelOptions connector, TimeProvider time, IActionLogger logger)
    {
        Name = name;
        _options = options;
        _path = System.IO.Path.GetFullPath(options.Path!);
        _reloadInterval = connector.ReloadInterval;
        _maxBytes = connector.MaxFeedBytes;
        _time = time;
        _logger = logger;
    }

    public string Name { get; }

    public bool Optional => _options.Optional;

    public bool Handles(IndicatorKind kind) => true;

    public Task<SourceOutcome> LookupAsync(Indicator indicator, ActionContext context)
    {
        var state = Current();
        if (state.Index is null)
        {
            return Task.FromResult(SourceOutcome.Failed(ActionFailure.Permanent($"Feed '{Name}' could not be loaded: {state.Error}")));
        }

        var now = _time.GetUtcNow();
        var entries = indicator.Kind switch
        {
            IndicatorKind.Ip => state.Index.FindIp(indicator.Address!),
            IndicatorKind.Domain => state.Index.FindDomain(indicator.Value, _options.MatchSubdomains),
            IndicatorKind.Url => state.Index.FindUrl(indicator.Value),
            _ => state.Index.FindHash(indicator.Value),
        };
        var worst = entries.Where(entry => entry.IsValidAt(now)).MaxBy(entry => entry, Comparer<FeedEntry>.Create(FeedEntry.CompareSeverity));
        return Task.FromResult(worst is null
            ? SourceOutcome.Nothing
            : SourceOutcome.Said(new SourceVerdict(Name, worst.Verdict, worst.Score, worst.Detail)));
    }

    public SourceStatus Status()
    {
        var state = Current();
        return new SourceStatus(
            Name,
            _options.Type!.Value,
            state.Index is not null,
            state.Index?.Count,
            state.Index?.SkippedCount,
            state.Index?.Skipped ?? [],
            state.LoadedAt,
            Host: null,
            state.Error);
    }

    /// <summary>The current state, reloading first when the interval has passed and the files changed.</summary>
    internal FeedState Current()
    {
        var state = _state;
        var now = _time.GetUtcNow();
        if (state is not null && now.UtcTicks - Interlocked.Read(ref _lastCheckTicks) < _reloadInterval.Ticks)
        {
            return state;
        }

        if (state is null)
        {
            // Nothing to serve yet: every caller waits for the first load.
            lock (_reloadGate)
            {
                if (_state is null)
                {
                    Interlocked.Exchange(ref _lastCheckTicks, now.UtcTicks);
                    _state = Load(Fingerprint(), previous: null);
                }

                return _state;
            }
        }

        // Someone else is reloading: keep serving the index in service.
        if (!_reloadGate.TryEnter())
        {
            return state;
        }

        try
        {
            if (now.UtcTicks - Interlocked.Read(ref _lastCheckTicks) >= _reloadInterval.Ticks)
            {
                Interlocked.Exchange(ref _lastCheckTicks, now.UtcTicks);
                var fingerprint = Fingerprint();
                if (fingerprint != state.Fingerprint)
                {
                    _state = Load(fingerprint, state);
                }
            }

            return _state!;
        }
        finally
        {
            _reloadGate.Exit();
        }
    }

    private FeedState Load(string fingerprint, FeedState? previous)
    {
        try
        {
            var index = new FeedIndex();
            foreach (var file in Files())
            {
                var length = new FileInfo(file).Length;
                if (length > _maxBytes)
                {
                    throw new InvalidDataException($"{System.IO.Path.GetFileName(file)} is {length} bytes, more than MaxFeedBytes ({_maxBytes}).");
                }

                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                if (_options.Type == IntelSourceType.Stix)
                {
                    StixFeedReader.Read(stream, file, _options, index);
                    continue;
                }

                using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
                if (_options.Type == IntelSourceType.Csv)
                {
                    CsvFeedReader.Read(reader, _options, index);
                }
                else
                {
                    ListFeedReader.Read(reader, _options, index);
                }
            }

            var loadedAt = _time.GetUtcNow();
            _logger.LogInformation($"Intel feed '{Name}' loaded: {index.Count} indicators, {index.SkippedCount} skipped.");
            if (index.SkippedCount > 0)
            {
                var samples = string.Join("; ", index.Skipped.Take(5).Select(s => $"{s.Where}: {s.Reason}"));
                _logger.LogWarning($"Intel feed '{Name}' skipped {index.SkippedCount} entries, e.g. {samples}");
            }

            return new FeedState(index, fingerprint, loadedAt, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException or DecoderFallbackException)
        {
            var error = ex switch
            {
                FileNotFoundException or DirectoryNotFoundException => $"{_path} does not exist.",
                System.Text.Json.JsonException => $"not valid JSON: {ex.Message}",
                DecoderFallbackException => "the file is not UTF-8 text.",
                _ => ex.Message,
            };
            _logger.LogWarning(previous?.Index is null
                ? $"Intel feed '{Name}' could not be loaded: {error}"
                : $"Intel feed '{Name}' could not be reloaded, the last good version stays in service: {error}");
            return new FeedState(previous?.Index, fingerprint, previous?.LoadedAt, error);
        }
    }

    private IEnumerable<string> Files()
    {
        if (_options.Type == IntelSourceType.Stix && Directory.Exists(_path))
        {
            return Directory.EnumerateFiles(_path, "*.json").Order(StringComparer.Ordinal).ToList();
        }

        return [_path];
    }

    /// <summary>The names, modification times and lengths of the feed's files: what changes when a file is rewritten.</summary>
    private string Fingerprint()
    {
        try
        {
            var text = new StringBuilder();
            foreach (var file in Files())
            {
                var info = new FileInfo(file);
                text.Append(file).Append('|')
                    .Append(info.Exists ? info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture) : "missing").Append('|')
                    .Append(info.Exists ? info.Length.ToString(CultureInfo.InvariantCulture) : "").Append('\n');
            }

            return text.ToString();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"error: {ex.Message}";
        }
    }
}
