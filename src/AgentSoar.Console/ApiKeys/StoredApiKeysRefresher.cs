using System.Threading.Channels;
using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.ApiKeys;
using AgentSoar.Hosting;
using Microsoft.Extensions.Options;

namespace AgentSoar.Console.ApiKeys;

/// <summary>
/// Keeps <see cref="ApiKeyStore"/>'s stored keys as the Coordinator has them: read at start (again each second until
/// the Coordinator answers), at once when a change is announced, and every <see cref="ApiKeyOptions.StoredKeysRefresh"/>
/// in case an announcement was missed. Until the first read only configured keys are accepted.
/// </summary>
public sealed partial class StoredApiKeysRefresher(
    CoordinatorClient coordinator, ApiKeyStore keys, IOptions<ApiKeyOptions> options, IHostApplicationLifetime lifetime, TimeProvider clock,
    ILogger<StoredApiKeysRefresher> logger) : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    // One read at a time, so an older list never replaces a newer one.
    private readonly SemaphoreSlim _reading = new(1, 1);

    /// <summary>Asks for a read soon (a change was announced); many asks before it runs make one read.</summary>
    public void RefreshSoon() => _wake.Writer.TryWrite(true);

    /// <summary>Reads the keys now; false when the Coordinator did not answer (the keys accepted stay as they were).</summary>
    public async Task<bool> RefreshAsync(CancellationToken ct)
    {
        await _reading.WaitAsync(ct);
        try
        {
            var (active, failure) = await coordinator.AskAsync<GetActiveApiKeys, ActiveApiKeys>(new GetActiveApiKeys(), ct);
            if (failure is not null)
            {
                return false;
            }

            keys.ReplaceStored(active!.Keys);
            return true;
        }
        finally
        {
            _reading.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WaitForStartedAsync(stoppingToken);
        while (!await RefreshAsync(stoppingToken))
        {
            await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
        }

        LogLoaded(logger, keys.StoredCount);
        Task<bool>? wake = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            wake ??= _wake.Reader.WaitToReadAsync(stoppingToken).AsTask();
            if (await Task.WhenAny(wake, Task.Delay(options.Value.StoredKeysRefresh, clock, stoppingToken)) == wake)
            {
                _wake.Reader.TryRead(out _);
                wake = null;
            }

            if (!await RefreshAsync(stoppingToken))
            {
                LogUnanswered(logger);
            }
        }
    }

    public override void Dispose()
    {
        _reading.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "API keys made in the console: {Count} in force.")]
    private static partial void LogLoaded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Coordinator did not answer for the API keys made in the console; the ones known stay accepted until the next read.")]
    private static partial void LogUnanswered(ILogger logger);
}
