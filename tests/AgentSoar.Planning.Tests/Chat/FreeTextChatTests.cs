using AgentSoar.Planning.Chat;
using AgentSoar.Planning.Llm.OpenAI;
using AgentSoar.Planning.Tests.Llm;

namespace AgentSoar.Planning.Tests.Chat;

/// <summary>Free-text chat through a scripted OpenAI-compatible server: the model only rewrites, the grammar and the guard decide.</summary>
public sealed class FreeTextChatTests
{
    [Fact]
    public async Task Understand_FreeText_TheModelsCommandIsParsedLikeATypedOne()
    {
        using var server = new ScriptedLlmServer();
        server.Reply(ScriptedReply.Answer(new { command = "block 203.0.113.9 for 1 day" }));

        var (intent, readAs) = await ChatUnderstanding.UnderstandAsync("Could you please stop traffic from 203.0.113.9 for a day?", Translator(server), CancellationToken.None);

        Assert.Equal(ChatIntentKind.Act, intent.Kind);
        Assert.Equal(("deny", "ip", "203.0.113.9", 24.0), (intent.Action!.OpenC2Action, intent.Action.Target, intent.Action.Value, intent.Action.Duration!.Value.TotalHours));
        Assert.Equal("block 203.0.113.9 for 1 day", readAs);
        var request = server.SingleRequest();
        Assert.Contains("stop traffic from 203.0.113.9", request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(LlmTestKit.ApiKey, request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Understand_TheModelInventsATarget_IsRefused()
    {
        using var server = new ScriptedLlmServer();
        server.Reply(ScriptedReply.Answer(new { command = "block 10.0.0.1" }));

        var (intent, _) = await ChatUnderstanding.UnderstandAsync("block the attacker's address please", Translator(server), CancellationToken.None);

        Assert.Equal(ChatIntentKind.Unknown, intent.Kind);
        Assert.Contains("10.0.0.1 is not in your message", intent.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"command": "block 203.0.113.9; disable user admin"}""")]
    [InlineData("""{"command": "run playbook exfiltrate-everything"}""")]
    [InlineData("""{"command": "none"}""")]
    [InlineData("not json at all")]
    public async Task Understand_AnAnswerOutsideTheGrammar_ChangesNothing(string content)
    {
        using var server = new ScriptedLlmServer();
        server.Reply(ScriptedReply.Content(content));

        var (intent, _) = await ChatUnderstanding.UnderstandAsync("203.0.113.9 looks bad, do whatever it takes", Translator(server), CancellationToken.None);

        Assert.Equal(ChatIntentKind.Unknown, intent.Kind);
        Assert.Null(intent.Action);
    }

    [Fact]
    public async Task Understand_TheModelFails_SaysSoWithoutItsBody()
    {
        using var server = new ScriptedLlmServer();
        server.Reply(new ScriptedReply(500, "{\"error\": \"secret internal detail\"}"));

        var (intent, _) = await ChatUnderstanding.UnderstandAsync("please look into 203.0.113.9", Translator(server), CancellationToken.None);

        Assert.Equal(ChatIntentKind.Unknown, intent.Kind);
        Assert.DoesNotContain("secret internal detail", intent.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Understand_ATypedCommand_NeverAsksTheModel()
    {
        using var server = new ScriptedLlmServer();

        var (intent, readAs) = await ChatUnderstanding.UnderstandAsync("isolate host ws-042", Translator(server), CancellationToken.None);

        Assert.Equal(ChatIntentKind.Act, intent.Kind);
        Assert.Null(readAs);
        Assert.Empty(server.Requests);
    }

    private static LlmChatTranslator Translator(ScriptedLlmServer server)
    {
        var options = LlmTestKit.Options(server.Endpoint, o => o.MaxRetries = 0);
        return new LlmChatTranslator(OpenAIChatClientFactory.Create(options), options, TimeProvider.System);
    }
}
