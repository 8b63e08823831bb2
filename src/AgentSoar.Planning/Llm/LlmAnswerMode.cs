namespace AgentSoar.Planning.Llm;

/// <summary>How the LLM planner asks the model for its structured answer.</summary>
public enum LlmAnswerMode
{
    /// <summary>Structured output: <c>response_format</c> with the answer's JSON schema.</summary>
    JsonSchema,

    /// <summary>A function tool, <c>propose_playbooks</c>, whose arguments are the answer; for servers without structured output.</summary>
    ToolCall,
}
