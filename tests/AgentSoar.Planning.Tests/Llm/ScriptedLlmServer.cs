using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AgentSoar.Planning.Tests.Llm;

/// <summary>
/// An OpenAI-compatible HTTP server on a free loopback port that answers <c>POST /v1/chat/completions</c> as the
/// test scripts it, and records every request, so the real OpenAI client, its HTTP stack and the planner's parsing
/// all run.
/// </summary>
internal sealed class ScriptedLlmServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<ScriptedReply> _replies = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ScriptedLlmServer()
    {
        var port = FreePort();
        Endpoint = $"http://127.0.0.1:{port}/v1";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The base URL to configure, <c>/v1</c> included.</summary>
    public string Endpoint { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>What the next request gets; a request with nothing scripted gets HTTP 500.</summary>
    public ScriptedLlmServer Reply(ScriptedReply reply)
    {
        _replies.Enqueue(reply);
        return this;
    }

    public RecordedRequest SingleRequest() => Assert.Single(Requests);

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

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new RecordedRequest(context.Request.HttpMethod, context.Request.Url?.AbsolutePath ?? "", headers, body));
        var reply = context.Request.Url?.AbsolutePath == "/v1/chat/completions" && _replies.TryDequeue(out var next)
            ? next
            : new ScriptedReply(500, """{"error":{"message":"nothing scripted","type":"server_error"}}""");
        try
        {
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, _stop.Token);
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, _stop.Token);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // The client gave up (a timeout test) or the server is stopping.
        }
    }
}
