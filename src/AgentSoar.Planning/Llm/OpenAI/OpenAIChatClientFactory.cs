using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace AgentSoar.Planning.Llm.OpenAI;

/// <summary>Builds the <see cref="IChatClient"/> the LLM planner talks to, from its options.</summary>
public static class OpenAIChatClientFactory
{
    // The SDK refuses an empty key; local servers (Ollama, vLLM without --api-key) ignore whatever is sent.
    private const string NoKey = "no-key";

    /// <summary>An OpenAI-compatible chat client for <see cref="LlmPlannerOptions.Endpoint"/> and <see cref="LlmPlannerOptions.Model"/>.</summary>
    /// <param name="options">The planner's LLM options; <see cref="LlmPlannerOptions.Endpoint"/> and <see cref="LlmPlannerOptions.Model"/> must be set.</param>
    /// <returns>The client. The key goes only into the <c>Authorization</c> header of each request.</returns>
    public static IChatClient Create(LlmPlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = new Uri(options.Endpoint ?? throw new InvalidOperationException("AgentSoar:Planner:Llm:Endpoint is required."), UriKind.Absolute);
        var model = options.Model ?? throw new InvalidOperationException("AgentSoar:Planner:Llm:Model is required.");
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            // The planner's own timeout is the budget; this only stops a connection that hangs past it.
            NetworkTimeout = options.Timeout + TimeSpan.FromSeconds(5),
            // Retries eat the timeout budget; the rules planner is the better second answer.
            RetryPolicy = new ClientRetryPolicy(options.MaxRetries),
            UserAgentApplicationId = "agentsoar-planner",
        };
        var key = string.IsNullOrEmpty(options.ApiKey) ? NoKey : options.ApiKey;
        var client = new ChatClient(model, new ApiKeyCredential(key), clientOptions);
        return new OpenAIChatClientAdapter(client, model, endpoint);
    }
}
