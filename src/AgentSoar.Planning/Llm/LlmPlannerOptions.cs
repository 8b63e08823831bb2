using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Planning.Llm;

/// <summary>Bound from <c>AgentSoar:Planner:Llm</c>: the OpenAI-compatible endpoint the LLM planner asks.</summary>
public sealed class LlmPlannerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "AgentSoar:Planner:Llm";

    /// <summary>The base URL of the OpenAI-compatible API, up to and including <c>/v1</c> (<c>https://api.openai.com/v1</c>, <c>http://localhost:11434/v1</c>).</summary>
    [Required(ErrorMessage = "AgentSoar:Planner:Llm:Endpoint is required when AgentSoar:Planner:Kind is llm.")]
    [Url(ErrorMessage = "AgentSoar:Planner:Llm:Endpoint must be an absolute http or https URL.")]
    public string? Endpoint { get; set; }

    /// <summary>The model name the endpoint knows (<c>gpt-4o-mini</c>, <c>llama3.1:8b</c>, an Azure deployment name).</summary>
    [Required(ErrorMessage = "AgentSoar:Planner:Llm:Model is required when AgentSoar:Planner:Kind is llm.")]
    public string? Model { get; set; }

    /// <summary>
    /// The API key: a secret. It is sent only in the <c>Authorization</c> header; it is never logged, put in a
    /// prompt, a message or a decision record. Empty for local servers that need none.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>How long the model may take to answer before the rules planner answers instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "AgentSoar:Planner:Llm:Timeout must be between 100ms and 10 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many candidates are asked for, and kept at most.</summary>
    [Range(1, 10, ErrorMessage = "AgentSoar:Planner:Llm:MaxCandidates must be between 1 and 10.")]
    public int MaxCandidates { get; set; } = 3;

    /// <summary>Sampling temperature; low keeps the choice steady for the same alert.</summary>
    [Range(0.0, 2.0, ErrorMessage = "AgentSoar:Planner:Llm:Temperature must be between 0 and 2.")]
    public float Temperature { get; set; }

    /// <summary>The most answer tokens asked for; null leaves it to the endpoint (some local servers refuse the field).</summary>
    [Range(64, 32768, ErrorMessage = "AgentSoar:Planner:Llm:MaxOutputTokens must be between 64 and 32768.")]
    public int? MaxOutputTokens { get; set; }

    /// <summary>How the answer is asked for: <c>JsonSchema</c> (structured output) or <c>ToolCall</c> (a function the model calls).</summary>
    public LlmAnswerMode AnswerMode { get; set; } = LlmAnswerMode.JsonSchema;

    /// <summary>How many times the client retries a failed request itself before the rules planner answers.</summary>
    [Range(0, 5, ErrorMessage = "AgentSoar:Planner:Llm:MaxRetries must be between 0 and 5.")]
    public int MaxRetries { get; set; }

    /// <summary>The largest alert, as JSON in the prompt, the model is shown; a larger one is planned by the rules.</summary>
    [Range(1024, 1_000_000, ErrorMessage = "AgentSoar:Planner:Llm:MaxAlertChars must be between 1024 and 1000000.")]
    public int MaxAlertChars { get; set; } = 32_000;
}
