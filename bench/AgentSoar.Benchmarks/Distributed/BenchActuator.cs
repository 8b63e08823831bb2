using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace AgentSoar.Benchmarks.Distributed;

/// <summary>
/// The OpenC2 actuator the containment and approval phases send <c>contain device</c> to: it notes when each
/// host's command arrived (and how many times), then answers 200 after <see cref="Delay"/>, as a real
/// EDR that takes that long to isolate a host would.
/// </summary>
internal sealed class BenchActuator(TimeProvider clock, TimeSpan delay) : LoopbackHttpServer
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<DateTimeOffset>> _awaited = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _clock = clock;

    public string Url => $"{BaseUrl}/openc2/";

    public TimeSpan Delay { get; } = delay;

    /// <summary>Done when the first command for this host arrives, with the moment it did.</summary>
    public Task<DateTimeOffset> ArrivalAsync(string hostname) =>
        _awaited.GetOrAdd(hostname, _ => new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>How many commands arrived for this host (a repeat would be an action executed twice).</summary>
    public int Calls(string hostname) => _calls.GetValueOrDefault(hostname);

    protected override async Task AnswerAsync(HttpListenerContext context)
    {
        var at = _clock.GetUtcNow();
        var request = await ReadAsync(context);
        string? hostname;
        try
        {
            using var body = JsonDocument.Parse(request.Body);
            var device = body.RootElement.GetProperty("target").GetProperty("device");
            hostname = device.TryGetProperty("hostname", out var host) ? host.GetString() : null;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            await RespondAsync(context, 400, "", contentType: null);
            return;
        }

        if (hostname is not null)
        {
            // The first command's arrival is the one that counts; a repeat only adds to the calls.
            _awaited.GetOrAdd(hostname, _ => new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(at);
            _calls.AddOrUpdate(hostname, 1, (_, n) => n + 1);
        }

        await RespondAsync(context, 200, """{"status":200,"status_text":"contained"}""", "application/openc2-rsp+json;version=1.0", Delay);
    }
}
