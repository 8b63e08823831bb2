using AgentSoar.Playbooks.Expressions;
using static AgentSoar.Playbooks.Tests.Expressions.Expr;

namespace AgentSoar.Playbooks.Tests.Expressions;

public sealed class ArithmeticTests
{
    [Theory]
    [InlineData("0.1 + 0.2 == 0.3", true)]
    [InlineData("7 / 2 == 3.5", true)]
    [InlineData("-7 % 3 == -1", true)]
    [InlineData("1.50 + 1 == 2.5", true)]
    public void Evaluate_Numbers_AreExactDecimals(string text, bool expected) =>
        Assert.Equal(BoolValue.Of(expected), Eval(text));

    [Fact]
    public void Evaluate_Plus_ConcatenatesStringsAndLists()
    {
        Assert.Equal(Str("ab"), Eval("'a' + 'b'"));
        Assert.Equal(new ListValue([Num(1), Num(2)]), Eval("[1] + [2]"));
    }

    [Theory]
    [InlineData("'a' + 1", 4, "cannot apply '+' to string and number")]
    [InlineData("null + 1", 5, "cannot apply '+' to null and number")]
    [InlineData("'a' - 'b'", 4, "cannot apply '-' to string and string")]
    [InlineData("1 / 0", 2, "division by zero")]
    [InlineData("1 % 0", 2, "division by zero")]
    [InlineData("-'a'", 0, "cannot negate a string")]
    [InlineData("79228162514264337593543950335 * 2", 30, "'*' overflows")]
    [InlineData("timestamp('9999-12-31T00:00:00Z') + duration('2d')", 34, "'+' overflows")]
    public void Evaluate_InvalidArithmetic_ThrowsAtTheOperator(string text, int offset, string message)
    {
        var error = EvalError(text);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(Column(offset), error.Location.Column);
    }

    [Theory]
    [InlineData("timestamp('2024-05-01T12:00:00Z') + duration('1h30m')", "2024-05-01T13:30:00Z")]
    [InlineData("duration('1d') + timestamp('2024-05-01T12:00:00Z')", "2024-05-02T12:00:00Z")]
    [InlineData("timestamp('2024-05-01T12:00:00Z') - duration('15m')", "2024-05-01T11:45:00Z")]
    public void Evaluate_TimestampPlusOrMinusDuration_IsATimestamp(string text, string expected) =>
        Assert.Equal(Str(expected), Eval($"to_string({text})"));

    [Theory]
    [InlineData("timestamp('2024-05-01T12:00:00Z') - timestamp('2024-05-01T10:30:00Z')", "1h30m")]
    [InlineData("duration('1h') + duration('30m')", "1h30m")]
    [InlineData("duration('1h') - duration('2h')", "-1h")]
    [InlineData("duration('10m') * 3", "30m")]
    [InlineData("2 * duration('1h')", "2h")]
    [InlineData("duration('1h') / 4", "15m")]
    [InlineData("-duration('5s')", "-5s")]
    public void Evaluate_DurationArithmetic_IsADuration(string text, string expected)
    {
        var value = Eval(text);

        Assert.IsType<DurationValue>(value);
        Assert.Equal(expected, value.ToString());
    }

    [Fact]
    public void Evaluate_ConcatenationOverMaxValueLength_Throws()
    {
        var limits = ExpressionLimits.Default with { MaxValueLength = 5 };

        var error = EvalError("'abc' + 'def'", limits: limits);

        Assert.Contains("over the limit of 5", error.Message, StringComparison.Ordinal);
        Assert.Equal(Column(6), error.Location.Column);
    }
}
