using System.ClientModel;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AIFinishReason = Microsoft.Extensions.AI.ChatFinishReason;
using OpenAIChatMessage = OpenAI.Chat.ChatMessage;
using OpenAIFinishReason = OpenAI.Chat.ChatFinishReason;
using OpenAIResponseFormat = OpenAI.Chat.ChatResponseFormat;

namespace AgentSoar.Planning.Llm.OpenAI;

/// <summary>
/// <see cref="IChatClient"/> over the official OpenAI SDK's <see cref="ChatClient"/>: text messages, temperature,
/// answer length, JSON-schema output and function tools, with the token usage of the answer. It is the small
/// part of Microsoft.Extensions.AI.OpenAI the planner needs.
/// </summary>
/// <remarks>
/// An HTTP error status from the endpoint comes out as an <see cref="HttpRequestException"/> with its
/// <see cref="HttpRequestException.StatusCode"/> and a message naming only the status: the SDK's own message
/// quotes the response body, which is not ours to copy into logs or decision records.
/// </remarks>
public sealed class OpenAIChatClientAdapter : IChatClient
{
    private readonly ChatClient _client;
    private readonly ChatClientMetadata _metadata;

    /// <summary>Wraps <paramref name="client"/>, which is bound to <paramref name="model"/> at <paramref name="endpoint"/>.</summary>
    /// <param name="client">The SDK client.</param>
    /// <param name="model">The model it is bound to, reported in the metadata.</param>
    /// <param name="endpoint">The endpoint it calls, reported in the metadata.</param>
    public OpenAIChatClientAdapter(ChatClient client, string model, Uri? endpoint)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _metadata = new ChatClientMetadata("openai", endpoint, model);
    }

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AIChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ClientResult<ChatCompletion> result;
        try
        {
            result = await _client.CompleteChatAsync(messages.Select(ToOpenAI).ToList(), ToOpenAI(options), cancellationToken);
        }
        catch (ClientResultException e) when (e.Status > 0)
        {
            throw new HttpRequestException($"the model endpoint answered HTTP {e.Status}", null, (HttpStatusCode)e.Status);
        }
        catch (ClientResultException e)
        {
            // No status: the request never got an answer (refused, reset, DNS, TLS).
            var error = e.InnerException is HttpRequestException inner ? inner.HttpRequestError : HttpRequestError.Unknown;
            throw new HttpRequestException(error, "the model endpoint could not be reached");
        }

        return FromOpenAI(result.Value);
    }

    /// <inheritdoc />
    /// <remarks>The answer comes whole: the planner needs the complete JSON before it can check anything.</remarks>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AIChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType == typeof(ChatClient) ? _client
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The SDK client holds no resources of its own to release.
    }

    private static OpenAIChatMessage ToOpenAI(AIChatMessage message)
    {
        var text = message.Text;
        return message.Role == ChatRole.System ? new SystemChatMessage(text)
            : message.Role == ChatRole.User ? new UserChatMessage(text)
            : message.Role == ChatRole.Assistant ? new AssistantChatMessage(text)
            : throw new NotSupportedException($"messages of role '{message.Role}' are not supported by this adapter");
    }

    private static ChatCompletionOptions ToOpenAI(ChatOptions? options)
    {
        var result = new ChatCompletionOptions();
        if (options is null)
        {
            return result;
        }

        result.Temperature = options.Temperature;
        result.MaxOutputTokenCount = options.MaxOutputTokens;
        result.ResponseFormat = options.ResponseFormat switch
        {
            ChatResponseFormatJson { Schema: { } schema } json => OpenAIResponseFormat.CreateJsonSchemaFormat(
                json.SchemaName ?? "answer", BinaryData.FromString(schema.GetRawText()), json.SchemaDescription, jsonSchemaIsStrict: true),
            ChatResponseFormatJson => OpenAIResponseFormat.CreateJsonObjectFormat(),
            ChatResponseFormatText => OpenAIResponseFormat.CreateTextFormat(),
            _ => null,
        };
        foreach (var function in options.Tools?.OfType<AIFunctionDeclaration>() ?? [])
        {
            result.Tools.Add(ChatTool.CreateFunctionTool(function.Name, function.Description, BinaryData.FromString(function.JsonSchema.GetRawText()), functionSchemaIsStrict: true));
        }

        if (result.Tools.Count > 0)
        {
            result.ToolChoice = options.ToolMode switch
            {
                RequiredChatToolMode { RequiredFunctionName: { } name } => ChatToolChoice.CreateFunctionChoice(name),
                RequiredChatToolMode => ChatToolChoice.CreateRequiredChoice(),
                NoneChatToolMode => ChatToolChoice.CreateNoneChoice(),
                _ => ChatToolChoice.CreateAutoChoice(),
            };
        }

        return result;
    }

    private static ChatResponse FromOpenAI(ChatCompletion completion)
    {
        var contents = new List<AIContent>();
        contents.AddRange(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => new TextContent(p.Text)));
        if (!string.IsNullOrEmpty(completion.Refusal))
        {
            contents.Add(new TextContent(completion.Refusal) { AdditionalProperties = new() { ["refusal"] = true } });
        }

        contents.AddRange(completion.ToolCalls.Select(FromOpenAI));
        return new ChatResponse(new AIChatMessage(ChatRole.Assistant, contents))
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            CreatedAt = completion.CreatedAt,
            FinishReason = completion.FinishReason switch
            {
                OpenAIFinishReason.Stop => AIFinishReason.Stop,
                OpenAIFinishReason.Length => AIFinishReason.Length,
                OpenAIFinishReason.ContentFilter => AIFinishReason.ContentFilter,
                OpenAIFinishReason.ToolCalls or OpenAIFinishReason.FunctionCall => AIFinishReason.ToolCalls,
                _ => null,
            },
            Usage = completion.Usage is { } usage
                ? new UsageDetails { InputTokenCount = usage.InputTokenCount, OutputTokenCount = usage.OutputTokenCount, TotalTokenCount = usage.TotalTokenCount }
                : null,
            RawRepresentation = completion,
        };
    }

    /// <summary>A tool call; arguments that are not a JSON object leave <see cref="FunctionCallContent.Arguments"/> null and say why.</summary>
    private static FunctionCallContent FromOpenAI(ChatToolCall call)
    {
        var content = new FunctionCallContent(call.Id, call.FunctionName);
        try
        {
            using var document = JsonDocument.Parse(call.FunctionArguments);
            content.Arguments = document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal)
                : null;
            if (content.Arguments is null)
            {
                content.Exception = new JsonException("the tool call's arguments are not a JSON object");
            }
        }
        catch (JsonException e)
        {
            content.Exception = e;
        }

        return content;
    }
}
