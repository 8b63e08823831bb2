using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>
/// A real HTTP listener on 127.0.0.1 that records every request the webhook connector sends it.
/// A request is recorded when it arrives, before any delay or hang: that is when the action took
/// effect, whether or not its caller lives to read the answer.
/// </summary>
public sealed class HttpSink : IDisposable
{
    private const string IdempotencyHeader = "Idempotency-Key";

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, int> _callsPerKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, bool> _inFlight = new();
    private readonly Task _loop;
    private TaskCompletionSource _hold = Released();

    public HttpSink()
    {
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hook";

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>How many requests arrived with each <c>Idempotency-Key</c> header value; a value above 1 is an action executed twice.</summary>
    public IReadOnlyDictionary<string, int> CallsPerIdempotencyKey => new Dictionary<string, int>(_callsPerKey, StringComparer.Ordinal);

    /// <summary>Requests that arrived without an <c>Idempotency-Key</c> header.</summary>
    public int CallsWithoutIdempotencyKey => Requests.Count(r => !r.Headers.ContainsKey(IdempotencyHeader));

    /// <summary>How long each answer waits after the request arrived (a slow endpoint); zero by default.</summary>
    public TimeSpan ResponseDelay { get; set; } = TimeSpan.Zero;

    /// <summary>From now on, answer nothing: requests are recorded and then held until <see cref="Release"/> or disposal.</summary>
    public void Hang()
    {
        lock (_callsPerKey)
        {
            if (_hold.Task.IsCompleted)
            {
                _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>Answers the held requests (after <see cref="ResponseDelay"/>) and every later one.</summary>
    public void Release()
    {
        lock (_callsPerKey)
        {
            _hold.TrySetResult();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        Release();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
            Task.WaitAll(_inFlight.Keys.ToArray(), TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under the loop and its answers: that is how it ends.
        }

        _stop.Dispose();
    }

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            // Each request is answered on its own, so one held or slow answer does not hold the next arrival.
            var handling = Task.Run(() => HandleAsync(context));
            _inFlight[handling] = true;
            _ = handling.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
            if (headers.TryGetValue(IdempotencyHeader, out var key))
            {
                _callsPerKey.AddOrUpdate(key, 1, (_, n) => n + 1);
            }

            Requests.Enqueue(new ReceivedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body));
            Task hold;
            lock (_callsPerKey)
            {
                hold = _hold.Task;
            }

            await hold;
            if (ResponseDelay > TimeSpan.Zero)
            {
                await Task.Delay(ResponseDelay, _stop.Token);
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync("{\"ok\":true}"u8.ToArray(), _stop.Token);
            context.Response.Close();
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            // Disposed while holding or answering: the caller sees its connection drop.
            context.Response.Abort();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The caller gave up (its own timeout, or its process was killed) before the answer.
        }
    }

    public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
}
