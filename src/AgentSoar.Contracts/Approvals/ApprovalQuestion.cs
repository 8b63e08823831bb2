namespace AgentSoar.Contracts.Approvals;

/// <summary>
/// What an approval step asks the analysts, in place of an action to approve: the text, the kind of answer
/// (<c>yes_no</c>, <c>choice</c>, <c>text</c>) and the answers it takes (empty for free text).
/// </summary>
public sealed record ApprovalQuestion(string Text, string AnswerKind, IReadOnlyList<string> Choices)
{
    public const string YesNo = "yes_no";

    public bool IsYesNo => AnswerKind == YesNo;
}
