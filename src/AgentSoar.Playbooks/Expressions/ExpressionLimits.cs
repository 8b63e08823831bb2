namespace AgentSoar.Playbooks.Expressions;

/// <summary>Bounds that keep a hostile or careless expression from eating the coordinator.</summary>
public sealed record ExpressionLimits(int MaxLength, int MaxDepth, TimeSpan MaxEvaluationTime, TimeSpan RegexTimeout)
{
    public static ExpressionLimits Default { get; } = new(4096, 64, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(100));
}
