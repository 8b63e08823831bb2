using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AgentSoar;

/// <summary>
/// A real HTTP server on a free loopback port, for the far side of a connector or client under test (an actuator,
/// a webhook, a language model's API). It listens from construction to disposal and hands each request to
/// <see cref="AnswerAsync"/> on a task of its own, so a slow or held answer never holds the next request.
/// Compiled into every test project (see Directory.Build.props) and the benchmark.
/// </summary>
internal abstract class LoopbackHttpServer : IDisposable, IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Task, bool> _answering = new();
    private readonly Task _loop;
    private bool _disposed;

    // Requests are answered from here on: a derived server sets what its answers need in field initialisers,
    // which run before this constructor, or guards against a request arriving before its own constructor ends.
    protected LoopbackHttpServer()
    {
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}";
        _listener.Prefixes.Add($"{BaseUrl}/");
        _listener.Start();
        _loop = Task.Run(ListenAsync);
    }

    public int Port { get; }

    /// <summary><c>http://127.0.0.1:PORT</c>, without a closing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Cancelled when the server is disposed: an answer waiting on it ends then.</summary>
    protected CancellationToken Stopping => _stop.Token;

    /// <summary>A port nothing listens on now, on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Answers one request. Exceptions of a caller that gave up, or of the server stopping, are the base's to swallow.</summary>
    protected abstract Task AnswerAsync(HttpListenerContext context);

    /// <summary>Called first when the server is disposed, before it stops listening: release what answers wait on.</summary>
    protected virtual void OnStopping()
    {
    }

    protected virtual void Dispose(bool disposing)
    {
        if (_disposed || !disposing)
        {
            return;
        }

        _disposed = true;
        _stop.Cancel();
        OnStopping();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
            Task.WaitAll(_answering.Keys.ToArray(), TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under the loop and its answers: that is how it ends.
        }

        _stop.Dispose();
    }

    /// <summary>The request's method, path, headers (case-insensitive) and body as text.</summary>
    protected static async Task<LoopbackRequest> ReadAsync(HttpListenerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.AllKeys.OfType<string>()
            .ToDictionary(k => k, k => context.Request.Headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        return new LoopbackRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body);
    }

    /// <summary>Answers with <paramref name="status"/> and <paramref name="body"/> after <paramref name="delay"/>; no content type when null.</summary>
    protected async Task RespondAsync(HttpListenerContext context, int status, string body, string? contentType, TimeSpan delay = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, Stopping);
        }

        context.Response.StatusCode = status;
        if (contentType is not null)
        {
            context.Response.ContentType = contentType;
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes, Stopping);
        context.Response.Close();
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

            var answering = Task.Run(() => AnswerSafelyAsync(context));
            _answering[answering] = true;
            _ = answering.ContinueWith(t => _answering.TryRemove(t, out _), TaskScheduler.Default);
        }
    }

    private async Task AnswerSafelyAsync(HttpListenerContext context)
    {
        try
        {
            await AnswerAsync(context);
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            // Disposed while holding or answering: the caller sees its connection drop.
            context.Response.Abort();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The caller gave up (its own timeout, or its process was killed) before the answer.
        }
        catch
        {
            // A fault of the server itself: the caller sees its connection drop instead of waiting for its timeout.
            context.Response.Abort();
            throw;
        }
    }
}

/// <summary>One request as a <see cref="LoopbackHttpServer"/> received it.</summary>
internal sealed record LoopbackRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
