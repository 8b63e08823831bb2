namespace AgentSoar.Engine.Commands;

/// <summary>What an approval step asks: the rendered text, the kind of answer (yes_no, choice, text) and the answers it takes (empty for free text).</summary>
public sealed record ApprovalQuestion(string Text, string AnswerKind, IReadOnlyList<string> Choices);
