using AgentSoar.Playbooks.Expressions;
using static AgentSoar.Playbooks.Tests.Expressions.Expr;

namespace AgentSoar.Playbooks.Tests.Expressions;

public sealed class ExpressionLimitsTests
{
    [Fact]
    public void Evaluate_OverMaxEvaluationTime_ThrowsWithTheLimitInTheMessage()
    {
        // One tick of budget: the first node checked after the clock moves trips it.
        var limits = ExpressionLimits.Default with { MaxEvaluationTime = TimeSpan.FromTicks(1) };
        var text = string.Join(" + ", Enumerable.Repeat("length(split('a,b,c,d,e,f', ','))", 200));
        var expression = Parse(text, ExpressionLimits.Default with { MaxLength = 100_000 });

        var error = Assert.Throws<ExpressionException>(() => expression.Evaluate(Scope(limits: limits)));

        Assert.Contains("evaluation took longer than the limit", error.Message, StringComparison.Ordinal);
        Assert.Equal("test.yaml", error.Location.File);
    }

    [Fact]
    public void Evaluate_LongestOperatorChainWithinMaxLength_Succeeds()
    {
        // A binary chain is not nesting, so it is bounded by the length alone: 2048 terms must not exhaust the stack.
        var text = "1" + string.Concat(Enumerable.Repeat("+1", (ExpressionLimits.Default.MaxLength - 1) / 2));

        Assert.Equal(Num(2048), Eval(text));
        Assert.Empty(Parse(text).ReferencedPaths);
    }

    [Fact]
    public void Evaluate_WithinDefaultLimits_Succeeds() =>
        Assert.Equal(Num(6), Eval("length(split('a,b,c,d,e,f', ','))"));

    [Fact]
    public void Evaluate_ExponentialReplace_IsStoppedByMaxValueLength()
    {
        var text = "replace(replace(replace(replace('aaaaaaaaaa', 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')";

        var error = EvalError(text);

        Assert.Contains("over the limit of 1048576", error.Message, StringComparison.Ordinal);
        Assert.Equal(Column(0), error.Location.Column);
    }
}
