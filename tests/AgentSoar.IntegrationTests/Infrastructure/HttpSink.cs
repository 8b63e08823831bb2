using System.Collections.Concurrent;
using System.Net;

namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>
/// A real HTTP listener on 127.0.0.1 that records every request the webhook connector sends it.
/// A request is recorded when it arrives, before any delay or hang: that is when the action took
/// effect, whether or not its caller lives to read the answer.
/// </summary>
internal sealed class HttpSink : LoopbackHttpServer
{
    private const string IdempotencyHeader = "Idempotency-Key";

    private readonly ConcurrentDictionary<string, int> _callsPerKey = new(StringComparer.Ordinal);
    private TaskCompletionSource _hold = Released();

    public string Url => $"{BaseUrl}/hook";

    public ConcurrentQueue<LoopbackRequest> Requests { get; } = new();

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

    protected override void OnStopping() => Release();

    protected override async Task AnswerAsync(HttpListenerContext context)
    {
        var request = await ReadAsync(context);
        if (request.Headers.TryGetValue(IdempotencyHeader, out var key))
        {
            _callsPerKey.AddOrUpdate(key, 1, (_, n) => n + 1);
        }

        Requests.Enqueue(request);
        Task hold;
        lock (_callsPerKey)
        {
            hold = _hold.Task;
        }

        await hold;
        await RespondAsync(context, 200, """{"ok":true}""", "application/json", ResponseDelay);
    }

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }
}
