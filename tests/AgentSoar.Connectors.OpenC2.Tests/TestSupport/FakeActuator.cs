using System.Collections.Concurrent;
using System.Net;
using AgentSoar.Connectors.OpenC2.Language;

namespace AgentSoar.Connectors.OpenC2.Tests.TestSupport;

/// <summary>
/// An OpenC2 actuator on a free loopback port. It checks every command it receives with the SLPF language (a command that
/// fails the check, or arrives without the OpenC2 media type, gets a 400 response) and otherwise answers with
/// <see cref="Answer"/>: an HTTP status and a body, after an optional delay.
/// </summary>
internal sealed class FakeActuator : LoopbackHttpServer
{
    private FakeActuator()
    {
        Url = $"{BaseUrl}/openc2";
    }

    public string Url { get; }

    public ConcurrentQueue<LoopbackRequest> Requests { get; } = new();

    /// <summary>What to answer a valid command with; by default 200 and the SLPF rule-number response.</summary>
    public Func<OpenC2Command, (int Status, string Body, TimeSpan Delay)> Answer { get; set; } =
        _ => (200, """{"status":200,"results":{"slpf":{"rule_number":1234}}}""", TimeSpan.Zero);

    public static FakeActuator Start() => new();

    /// <summary>A response body from the shared plugfest data, as it is.</summary>
    public static string File(string relative) => System.IO.File.ReadAllText(Path.Combine(Plugfest.Root, relative));

    protected override async Task AnswerAsync(HttpListenerContext context)
    {
        var request = await ReadAsync(context);
        Requests.Enqueue(request);

        (int Status, string Body, TimeSpan Delay) answer;
        if (context.Request.ContentType != "application/openc2-cmd+json;version=1.0")
        {
            answer = (400, """{"status":400,"status_text":"not an OpenC2 command media type"}""", TimeSpan.Zero);
        }
        else
        {
            try
            {
                answer = Answer(OpenC2Language.Slpf.ParseCommand(request.Body));
            }
            catch (OpenC2FormatException ex)
            {
                answer = (400, $$"""{"status":400,"status_text":"{{ex.Path}}"}""", TimeSpan.Zero);
            }
        }

        await RespondAsync(context, answer.Status, answer.Body, "application/openc2-rsp+json;version=1.0", answer.Delay);
    }
}
