using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary>
/// <c>approval</c> as a step of its own: a question to the analysts, with a typed answer (yes/no, one of some choices,
/// free text), who may answer, and how long the question stays open. The answer is the step's output
/// (<c>steps.ID.output.answer</c>); when it expires, <see cref="Default"/> is the answer, or without one the step fails.
/// </summary>
public sealed record ApprovalStep(
    string Id,
    SourceLocation Location,
    ValueTemplate Question,
    AnswerKind Answer,
    IReadOnlyList<string> Choices) : Step(Id, Location)
{
    /// <summary>How many different people must answer alike.</summary>
    public int Approvers { get; init; } = 1;

    /// <summary>The role an answerer needs; the policy's default when null.</summary>
    public string? Role { get; init; }

    public TimeSpan? Expires { get; init; }

    /// <summary>The answer taken when the question expires unanswered.</summary>
    public string? Default { get; init; }

    /// <summary>The answers the question accepts, or empty for free text.</summary>
    public IReadOnlyList<string> AllowedAnswers => Answer switch
    {
        AnswerKind.YesNo => ["yes", "no"],
        AnswerKind.Choice => Choices,
        _ => [],
    };

    public override IEnumerable<ValueTemplate?> Templates => [Question, Guard];
}
