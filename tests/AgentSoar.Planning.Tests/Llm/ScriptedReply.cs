using System.Text.Json;

namespace AgentSoar.Planning.Tests.Llm;

/// <summary>What the scripted server answers: a status, a body, and how long it waits first.</summary>
internal sealed record ScriptedReply(int Status, string Body, TimeSpan Delay = default)
{
    public const string Model = "scripted-model-1";

    /// <summary>A chat completion whose message content is <paramref name="content"/>, with usage 321 in, 54 out.</summary>
    public static ScriptedReply Content(string content, TimeSpan delay = default) => new(200, Completion(new
    {
        role = "assistant",
        content,
    }, "stop"), delay);

    /// <summary>A chat completion whose content is <paramref name="answer"/> serialised as JSON.</summary>
    public static ScriptedReply Answer(object answer) => Content(JsonSerializer.Serialize(answer));

    /// <summary>A chat completion that calls <paramref name="function"/> with <paramref name="arguments"/> (raw text, so a test can send bad JSON).</summary>
    public static ScriptedReply ToolCall(string function, string arguments) => new(200, Completion(new
    {
        role = "assistant",
        content = (string?)null,
        tool_calls = new[] { new { id = "call_1", type = "function", function = new { name = function, arguments } } },
    }, "tool_calls"));

    /// <summary>One candidate in the schema's shape.</summary>
    public static object Candidate(string playbookId, double confidence, params (string Name, string Value)[] inputs) => new
    {
        playbook_id = playbookId,
        inputs = inputs.Select(i => new { name = i.Name, value = i.Value }).ToArray(),
        confidence,
        rationale = $"{playbookId} fits the alert",
        fields_used = new[] { "observables", "finding_info.attacks" },
    };

    public static object Candidates(params object[] candidates) => new { candidates };

    private static string Completion(object message, string finishReason) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-scripted",
        @object = "chat.completion",
        created = 1_763_700_000,
        model = Model,
        choices = new[] { new { index = 0, message, finish_reason = finishReason } },
        usage = new { prompt_tokens = 321, completion_tokens = 54, total_tokens = 375 },
    });
}
