using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using AgentSoar.Benchmarks.Services;

namespace AgentSoar.Benchmarks.Distributed;

/// <summary>
/// The OpenC2 actuator the containment and approval phases send <c>contain device</c> to: it notes when each
/// host's command arrived (and how many times), then answers 200 after <see cref="Delay"/>, as a real
/// EDR that takes that long to isolate a host would.
/// </summary>
internal sealed class BenchActuator : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<DateTimeOffset>> _awaited = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public BenchActuator(TimeProvider clock, TimeSpan delay)
    {
        _clock = clock;
        Delay = delay;
        Url = $"http://127.0.0.1:{ServiceProcess.FreePort()}/openc2/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ListenAsync);
    }

    public string Url { get; }

    public TimeSpan Delay { get; }

    /// <summary>Done when the first command for this host arrives, with the moment it did.</summary>
    public Task<DateTimeOffset> ArrivalAsync(string hostname) =>
        _awaited.GetOrAdd(hostname, _ => new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>How many commands arrived for this host (a repeat would be an action executed twice).</summary>
    public int Calls(string hostname) => _calls.GetValueOrDefault(hostname);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under the loop: that is how it stops.
        }

        _stop.Dispose();
    }

    private async Task ListenAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var at = _clock.GetUtcNow();
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.InputStream);
            var device = body.RootElement.GetProperty("target").GetProperty("device");
            if (device.TryGetProperty("hostname", out var host) && host.GetString() is { } hostname)
            {
                // The first command's arrival is the one that counts; a repeat only adds to the calls.
                _awaited.GetOrAdd(hostname, _ => new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(at);

                _calls.AddOrUpdate(hostname, 1, (_, n) => n + 1);
            }

            await Task.Delay(Delay, _stop.Token);
            var answer = Encoding.UTF8.GetBytes("""{"status":200,"status_text":"contained"}""");
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/openc2-rsp+json;version=1.0";
            await context.Response.OutputStream.WriteAsync(answer, _stop.Token);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            context.Response.StatusCode = 400;
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or IOException)
        {
            // Stopping, or the connector gave up on this answer.
        }
        finally
        {
            try
            {
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                // Already gone.
            }
        }
    }
}
