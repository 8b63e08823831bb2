using System.Net;
using System.Net.Sockets;

namespace AgentSoar.Connectors.Intel;

/// <summary>
/// The immutable index of one feed file: exact addresses, networks by prefix length, domains, URLs
/// and hashes. A reload builds a new index and swaps it in whole, so a lookup never sees half a file.
/// </summary>
internal sealed class FeedIndex
{
    public const int MaxSkippedSamples = 50;

    private readonly Dictionary<IPAddress, List<FeedEntry>> _addresses = [];

    // Keyed by (family, prefix length): a lookup masks the address once per prefix length present.
    private readonly Dictionary<(AddressFamily Family, int Prefix), Dictionary<IPAddress, List<FeedEntry>>> _networks = [];
    private readonly Dictionary<string, List<FeedEntry>> _domains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FeedEntry>> _urls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FeedEntry>> _hashes = new(StringComparer.Ordinal);
    private readonly List<SkippedIndicator> _skipped = [];

    public static FeedIndex Empty { get; } = new();

    /// <summary>How many values are indexed.</summary>
    public int Count { get; private set; }

    /// <summary>How many indicators, rows or lines were skipped.</summary>
    public int SkippedCount { get; private set; }

    /// <summary>The first <see cref="MaxSkippedSamples"/> skipped ones, with their reasons.</summary>
    public IReadOnlyList<SkippedIndicator> Skipped => _skipped;

    /// <summary>Indexes <paramref name="value"/>; false when it is not a valid indicator of <paramref name="kind"/>.</summary>
    public bool Add(IndicatorKind kind, string value, FeedEntry entry)
    {
        switch (kind)
        {
            case IndicatorKind.Ip:
                if (!IndicatorText.TryParseIpOrNetwork(value, out var address, out var prefix))
                {
                    return false;
                }

                var table = prefix < 0 ? _addresses : Networks(address.AddressFamily, prefix);
                Append(table, address, entry);
                break;
            case IndicatorKind.Domain:
                if (!IndicatorText.TryNormalizeDomain(value, out var domain))
                {
                    return false;
                }

                Append(_domains, domain, entry);
                break;
            case IndicatorKind.Url:
                if (!IndicatorText.TryNormalizeUrl(value, out var url))
                {
                    return false;
                }

                Append(_urls, url, entry);
                break;
            case IndicatorKind.Hash:
                if (!IndicatorText.TryNormalizeHash(value, out var hash))
                {
                    return false;
                }

                Append(_hashes, hash, entry);
                break;
            default:
                return false;
        }

        Count++;
        return true;
    }

    public void Skip(string where, string reason)
    {
        SkippedCount++;
        if (_skipped.Count < MaxSkippedSamples)
        {
            _skipped.Add(new SkippedIndicator(where, reason));
        }
    }

    /// <summary>Every entry for the address: exact matches, then the networks that contain it.</summary>
    public IEnumerable<FeedEntry> FindIp(IPAddress address)
    {
        address = IndicatorText.NormalizeIp(address);
        if (_addresses.TryGetValue(address, out var exact))
        {
            foreach (var entry in exact)
            {
                yield return entry;
            }
        }

        foreach (var ((family, prefix), networks) in _networks)
        {
            if (family == address.AddressFamily && networks.TryGetValue(IndicatorText.Mask(address, prefix), out var entries))
            {
                foreach (var entry in entries)
                {
                    yield return entry with { Detail = $"{entry.Detail} (network {IndicatorText.Mask(address, prefix)}/{prefix})" };
                }
            }
        }
    }

    /// <summary>Every entry for the normalized domain, and for its parent domains when <paramref name="includeParents"/>.</summary>
    public IEnumerable<FeedEntry> FindDomain(string domain, bool includeParents)
    {
        var candidate = domain;
        while (true)
        {
            if (_domains.TryGetValue(candidate, out var entries))
            {
                foreach (var entry in entries)
                {
                    yield return candidate == domain ? entry : entry with { Detail = $"{entry.Detail} (parent domain {candidate})" };
                }
            }

            var dot = candidate.IndexOf('.', StringComparison.Ordinal);
            if (!includeParents || dot < 0)
            {
                yield break;
            }

            candidate = candidate[(dot + 1)..];
        }
    }

    public IEnumerable<FeedEntry> FindUrl(string url) => _urls.GetValueOrDefault(url) ?? [];

    public IEnumerable<FeedEntry> FindHash(string hash) => _hashes.GetValueOrDefault(hash) ?? [];

    private Dictionary<IPAddress, List<FeedEntry>> Networks(AddressFamily family, int prefix)
    {
        if (!_networks.TryGetValue((family, prefix), out var table))
        {
            table = [];
            _networks[(family, prefix)] = table;
        }

        return table;
    }

    private static void Append<TKey>(Dictionary<TKey, List<FeedEntry>> table, TKey key, FeedEntry entry)
        where TKey : notnull
    {
        if (!table.TryGetValue(key, out var entries))
        {
            entries = new List<FeedEntry>(1);
            table[key] = entries;
        }

        entries.Add(entry);
    }
}
