namespace AgentSoar.Planning.Llm.Answer;

/// <summary>The model's answer cannot be read as candidates at all; the message says why, in words fit for the decision record.</summary>
public sealed class InvalidAnswerException(string message) : Exception(message);
