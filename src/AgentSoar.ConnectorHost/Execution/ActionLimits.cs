using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace AgentSoar.ConnectorHost.Execution;

/// <summary>
/// Per connector, and per action within it: at most <c>MaxConcurrency</c> calls at once and at most
/// <c>MaxPerMinute</c> calls a minute, read from <c>AgentSoar:Connectors:NAME:Limits</c> and
/// <c>AgentSoar:Connectors:NAME:Limits:Actions:ACTION</c>. A far system that allows ten calls a minute should get
/// ten, however many playbooks run; a call that would exceed a limit waits its turn (up to <c>MaxQueue</c> waiting)
/// and beyond that is refused as a transient failure, which the playbook's retry can take up. The limiters live as
/// long as the host process.
/// </summary>
internal sealed class ActionLimits(IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<RateLimiter>> _limiters = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes a place under every limit of the action; null with the reason when a limit refuses.</summary>
    public async Task<(IReadOnlyList<RateLimitLease>? Leases, string? Refusal)> AcquireAsync(string connector, string action, CancellationToken ct)
    {
        var leases = new List<RateLimitLease>();
        foreach (var limiter in For(connector, action))
        {
            var lease = await limiter.AcquireAsync(1, ct);
            if (!lease.IsAcquired)
            {
                lease.Dispose();
                leases.ForEach(l => l.Dispose());
                return (null, $"{connector}.{action} was not run: its connector's limit of calls is reached and the queue is full; try again later");
            }

            leases.Add(lease);
        }

        return (leases, null);
    }

    /// <summary>Builds the limiters of a connector and its actions now, so a bad setting is reported at start.</summary>
    public void Check(string connector, IEnumerable<string> actions)
    {
        foreach (var action in actions)
        {
            _ = For(connector, action);
        }
    }

    private IReadOnlyList<RateLimiter> For(string connector, string action) =>
        _limiters.GetOrAdd($"{connector}", _ => Build(configuration.GetSection($"AgentSoar:Connectors:{connector}:Limits")))
            .Concat(_limiters.GetOrAdd($"{connector}.{action}", _ => Build(configuration.GetSection($"AgentSoar:Connectors:{connector}:Limits:Actions:{action}"))))
            .ToList();

    private static List<RateLimiter> Build(IConfigurationSection section)
    {
        var queue = Read(section, "MaxQueue") ?? 100;
        var limiters = new List<RateLimiter>();
        if (Read(section, "MaxConcurrency") is { } concurrency)
        {
            limiters.Add(new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = concurrency,
                QueueLimit = queue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
        }

        if (Read(section, "MaxPerMinute") is { } perMinute)
        {
            limiters.Add(new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = perMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = queue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }));
        }

        return limiters;
    }

    private static int? Read(IConfigurationSection section, string key)
    {
        if (section[key] is not { } text)
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= (key == "MaxQueue" ? 0 : 1)
            ? value
            : throw new Configuration.ConnectorConfigurationException($"{section.Path}:{key} must be a whole number of at least {(key == "MaxQueue" ? 0 : 1)}, not '{text}'");
    }
}
