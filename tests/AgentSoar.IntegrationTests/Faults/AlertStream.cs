using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>
/// Alerts posted at a steady pace while a fault comes and goes, each with its own IP
/// (<see cref="FaultLoad.Ip"/>), so each accepted one must open an incident of its own. Every post
/// is recorded with how it was answered and how long the answer took; a post that got no answer
/// within the client's limit is recorded too, as hung.
/// </summary>
public sealed class AlertStream : IAsyncDisposable
{
    /// <summary>Longer than any bounded wait the API may take before refusing; reaching it means the post hung.</summary>
    public static readonly TimeSpan ClientLimit = TimeSpan.FromSeconds(45);

    private readonly ConcurrentQueue<AlertOutcome> _outcomes = new();
    private readonly ConcurrentDictionary<Task, bool> _inFlight = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _pacer;

    private AlertStream(Deployment deployment, TimeSpan interval)
    {
        _http = new HttpClient { BaseAddress = new Uri(deployment.ApiBase), Timeout = ClientLimit };
        _http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestKeys.Ingest);
        _pacer = Task.Run(() => PaceAsync(interval));
    }

    /// <summary>Every answer so far, in the order the answers came.</summary>
    public IReadOnlyList<AlertOutcome> Outcomes => _outcomes.ToList();

    /// <summary>Time since the stream started, the clock <see cref="AlertOutcome"/> times are on.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Starts posting one alert every <paramref name="interval"/>, without waiting for earlier answers.</summary>
    public static AlertStream Start(Deployment deployment, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        return new AlertStream(deployment, interval);
    }

    /// <summary>Waits until <paramref name="count"/> alerts posted after <paramref name="since"/> were accepted.</summary>
    public Task WaitForAcceptedAsync(int count, TimeSpan since, TimeSpan timeout, Func<string> diagnostics) =>
        Eventually.GetAsync($"{count} alerts posted after {since.TotalSeconds:0.0}s to be accepted", () =>
            Task.FromResult(Outcomes.Count(o => o.PostedAt >= since && o.Status == HttpStatusCode.Accepted) >= count ? "accepted" : null),
            timeout, () => $"{Summary()}{Environment.NewLine}{diagnostics()}");

    /// <summary>Stops posting and waits for the answers still outstanding; returns every outcome.</summary>
    public async Task<IReadOnlyList<AlertOutcome>> StopAsync()
    {
        await _stop.CancelAsync();
        await _pacer;
        await Task.WhenAll(_inFlight.Keys);
        return Outcomes.OrderBy(o => o.Index).ToList();
    }

    /// <summary>The answers counted by status, for failure messages: <c>202=40 503=7</c>.</summary>
    public string Summary() =>
        string.Join(' ', Outcomes.GroupBy(o => o.Status is { } s ? ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : "hung")
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}"));

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
        _http.Dispose();
    }

    private async Task PaceAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        var index = 0;
        try
        {
            do
            {
                var task = PostAsync(index++);
                _inFlight[task] = true;
                _ = task.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private async Task PostAsync(int index)
    {
        var ip = FaultLoad.Ip(index);
        var postedAt = _clock.Elapsed;
        try
        {
            using var content = new StringContent(Alerts.C2Beacon(ip), System.Text.Encoding.UTF8, "application/json");
            using var response = await _http.PostAsync("/api/v1/alerts", content);
            var body = await response.Content.ReadAsStringAsync();
            var alertId = response.StatusCode == HttpStatusCode.Accepted
                ? System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("alert_id").GetString()
                : null;
            _outcomes.Enqueue(new AlertOutcome(index, ip, postedAt, _clock.Elapsed, response.StatusCode, alertId, response.Headers.RetryAfter?.ToString(), body));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            _outcomes.Enqueue(new AlertOutcome(index, ip, postedAt, _clock.Elapsed, null, null, null, ex.Message));
        }
    }
}
