using System.Collections.Concurrent;
using System.Net;

namespace AgentSoar.Planning.Tests.Llm;

/// <summary>
/// An OpenAI-compatible HTTP server on a free loopback port that answers <c>POST /v1/chat/completions</c> as the
/// test scripts it, and records every request, so the real OpenAI client, its HTTP stack and the planner's parsing
/// all run.
/// </summary>
internal sealed class ScriptedLlmServer : LoopbackHttpServer
{
    private readonly ConcurrentQueue<ScriptedReply> _replies = new();

    public ScriptedLlmServer()
    {
        Endpoint = $"{BaseUrl}/v1";
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

    protected override async Task AnswerAsync(HttpListenerContext context)
    {
        var request = await ReadAsync(context);
        Requests.Enqueue(new RecordedRequest(request.Method, request.Path, request.Headers, request.Body));
        var reply = request.Path == "/v1/chat/completions" && _replies.TryDequeue(out var next)
            ? next
            : new ScriptedReply(500, """{"error":{"message":"nothing scripted","type":"server_error"}}""");
        await RespondAsync(context, reply.Status, reply.Body, "application/json", reply.Delay);
    }
}
