namespace AgentSoar.Engine.Runs;

/// <summary>The answers to "did it take effect?", asked when a non-idempotent action's outcome is unknown.</summary>
public static class UnknownOutcome
{
    /// <summary>Send the action again, as a new attempt with a new idempotency key.</summary>
    public const string RunAgain = "run_again";

    /// <summary>Count it as done: the step succeeds without sending it again.</summary>
    public const string TookEffect = "took_effect";

    /// <summary>Fail the step; its <c>on_failure</c> applies.</summary>
    public const string Fail = "fail";

    public static IReadOnlyList<string> Choices { get; } = [RunAgain, TookEffect, Fail];
}
