using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AgentSoar.Connectors.OpenC2.Language;

namespace AgentSoar.Connectors.OpenC2.Tests.TestSupport;

/// <summary>
/// An OpenC2 actuator on a free loopback port. It checks every command it receives with the SLPF language (a command that
/// fails the check, or arrives without the OpenC2 media type, gets a 400 response) and otherwise answers with
/// <see cref="Answer"/>: an HTTP status and a body, after an optional delay.
/// </summary>
internal sealed class FakeActuator : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private FakeActuator(int port)
    {
        Url = $"http://127.0.0.1:{port}/openc2";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>What to answer a valid command with; by default 200 and the SLPF rule-number response.</summary>
    public Func<OpenC2Command, (int Status, string Body, TimeSpan Delay)> Answer { get; set; } =
        _ => (200, """{"status":200,"results":{"slpf":{"rule_number":1234}}}""", TimeSpan.Zero);

    public static FakeActuator Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new FakeActuator(port);
    }

    /// <summary>A response body from the shared plugfest data, as it is.</summary>
    public static string File(string relative) => System.IO.File.ReadAllText(Path.Combine(Plugfest.Root, relative));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
        }

        _stop.Dispose();
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
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new Received(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body));

        (int Status, string Body, TimeSpan Delay) answer;
        if (context.Request.ContentType != "application/openc2-cmd+json;version=1.0")
        {
            answer = (400, """{"status":400,"status_text":"not an OpenC2 command media type"}""", TimeSpan.Zero);
        }
        else
        {
            try
            {
                answer = Answer(OpenC2Language.Slpf.ParseCommand(body));
            }
            catch (OpenC2FormatException ex)
            {
                answer = (400, $$"""{"status":400,"status_text":"{{ex.Path}}"}""", TimeSpan.Zero);
            }
        }

        try
        {
            if (answer.Delay > TimeSpan.Zero)
            {
                await Task.Delay(answer.Delay, _stop.Token);
            }

            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/openc2-rsp+json;version=1.0";
            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException)
        {
            // The client gave up or the actuator is stopping.
        }
    }

    public sealed record Received(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
}
