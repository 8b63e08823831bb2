namespace AgentSoar.Playbooks.Expressions;

/// <summary>Bounds that keep a hostile or careless expression from eating the coordinator.</summary>
/// <param name="MaxLength">Longest expression text, in characters.</param>
/// <param name="MaxDepth">Deepest nesting of parentheses, calls, indexes, lists and unary operators.</param>
/// <param name="MaxEvaluationTime">Longest one evaluation may run.</param>
/// <param name="RegexTimeout">Longest one regular expression match may run.</param>
public sealed record ExpressionLimits(int MaxLength, int MaxDepth, TimeSpan MaxEvaluationTime, TimeSpan RegexTimeout)
{
    public static ExpressionLimits Default { get; } = new(4096, 64, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(100));

    /// <summary>
    /// Longest string an evaluation may build (concatenation, replace, join, to_json). Without it, nested
    /// <c>replace</c> calls could grow a string exponentially within the time limit.
    /// </summary>
    public int MaxValueLength { get; init; } = 1 << 20;
}
