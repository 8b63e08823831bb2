using AgentSoar.Playbooks.Expressions;
using static AgentSoar.Playbooks.Tests.Expressions.Expr;

namespace AgentSoar.Playbooks.Tests.Expressions.Functions;

public sealed class StringFunctionsTests
{
    [Theory]
    [InlineData("lower('AbC')", "abc")]
    [InlineData("upper('AbC')", "ABC")]
    [InlineData("trim('  a b \\n')", "a b")]
    [InlineData("replace('a.b.c', '.', '-')", "a-b-c")]
    [InlineData("join(['a', 1, null, true], '|')", "a|1|true")]
    [InlineData("join(['a', 'b'])", "a,b")]
    [InlineData("join(null, '-')", "")]
    public void Call_StringFunction_GivesTheText(string text, string expected) => Assert.Equal(Str(expected), Eval(text));

    [Theory]
    [InlineData("starts_with('attack.t1071', 'attack.')", true)]
    [InlineData("starts_with('Attack', 'attack')", false)]
    [InlineData("ends_with('evil.exe', '.exe')", true)]
    [InlineData("ends_with(null, '.exe')", false)]
    [InlineData("starts_with(x, 'a')", false)]
    public void Call_PrefixAndSuffix_AreOrdinalAndNullSafe(string text, bool expected) =>
        Assert.Equal(BoolValue.Of(expected), Eval(text));

    [Fact]
    public void Call_Split_GivesAListOfStrings()
    {
        Assert.Equal(new ListValue([Str("a"), Str(""), Str("b")]), Eval("split('a,,b', ',')"));
        Assert.Equal(new ListValue([]), Eval("split(null, ',')"));
    }

    [Theory]
    [InlineData("lower(x)")]
    [InlineData("upper(null)")]
    [InlineData("trim(x.y)")]
    [InlineData("replace(null, 'a', 'b')")]
    public void Call_StringFunctionOnNull_GivesNull(string text) => Assert.Equal(ExprValue.Null, Eval(text));

    [Theory]
    [InlineData("lower(3)", 6, "lower(): argument 1 must be a string, not number")]
    [InlineData("starts_with('a', 1)", 17, "starts_with(): argument 2 must be a string, not number")]
    [InlineData("replace('abc', '', 'x')", 15, "replace(): the text to replace is empty")]
    [InlineData("split('abc', '')", 13, "split(): the separator is empty")]
    [InlineData("join('abc', '-')", 5, "join(): argument 1 must be a list, not string")]
    public void Call_StringFunctionWithBadArgument_ThrowsAtTheArgument(string text, int offset, string message)
    {
        var error = EvalError(text);

        Assert.Equal(message, error.Message);
        Assert.Equal(Column(offset), error.Location.Column);
    }
}
