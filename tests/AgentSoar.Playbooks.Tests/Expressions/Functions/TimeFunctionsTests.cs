using AgentSoar.Playbooks.Expressions;
using static AgentSoar.Playbooks.Tests.Expressions.Expr;

namespace AgentSoar.Playbooks.Tests.Expressions.Functions;

public sealed class TimeFunctionsTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Call_Duration_ParsesTheNotationOrSeconds()
    {
        Assert.Equal(new DurationValue(TimeSpan.FromMinutes(90)), Eval("duration('1h30m')"));
        Assert.Equal(new DurationValue(TimeSpan.FromSeconds(2.5)), Eval("duration(2.5)"));
        Assert.Equal(ExprValue.Null, Eval("duration(x)"));
    }

    [Fact]
    public void Call_DurationOfComputedBadText_ThrowsAtTheArgument()
    {
        var error = EvalError("duration(alert.ttl)", """{"alert": {"ttl": "soon"}}""");

        Assert.StartsWith("duration(): invalid duration 'soon'", error.Message, StringComparison.Ordinal);
        Assert.Equal(Column(9), error.Location.Column);
    }

    [Fact]
    public void Call_Now_GivesTheScopeClock()
    {
        Assert.Equal(new TimestampValue(Now), Eval("now()", now: Now));
        Assert.Equal(BoolValue.True, Eval("now() - timestamp(alert.time) > duration('1h')", """{"alert": {"time": 1714550400000}}""", now: Now));
    }

    [Fact]
    public void Call_NowWithoutAClock_Throws()
    {
        var error = EvalError("1 + now()");

        Assert.Equal("now(): no clock was given to this evaluation", error.Message);
        Assert.Equal(Column(4), error.Location.Column);
    }

    [Theory]
    [InlineData("timestamp('2024-05-01T14:00:00+02:00')", "2024-05-01T12:00:00Z")]
    [InlineData("timestamp('2024-05-01T12:00:00')", "2024-05-01T12:00:00Z")]
    [InlineData("timestamp('2024-05-01')", "2024-05-01T00:00:00Z")]
    [InlineData("timestamp(1714564800000)", "2024-05-01T12:00:00Z")]
    [InlineData("timestamp(1714564800123)", "2024-05-01T12:00:00.123Z")]
    public void Call_Timestamp_ReadsIsoTextOrEpochMilliseconds(string text, string expected)
    {
        var value = Eval(text);

        Assert.IsType<TimestampValue>(value);
        Assert.Equal(expected, value.ToString());
    }

    [Fact]
    public void Call_TimestampOfBadValues_Throws()
    {
        Assert.StartsWith("timestamp(): invalid timestamp 'May 1'", EvalError("timestamp(alert.t)", """{"alert": {"t": "May 1"}}""").Message, StringComparison.Ordinal);
        Assert.Equal("timestamp(): the timestamp is out of range", EvalError("timestamp(99999999999999999)").Message);
    }
}
