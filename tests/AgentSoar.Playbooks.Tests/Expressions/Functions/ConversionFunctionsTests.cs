using AgentSoar.Playbooks.Expressions;
using static AgentSoar.Playbooks.Tests.Expressions.Expr;

namespace AgentSoar.Playbooks.Tests.Expressions.Functions;

public sealed class ConversionFunctionsTests
{
    [Fact]
    public void Call_Default_GivesTheFirstNonNull()
    {
        Assert.Equal(Str("b"), Eval("default(x.missing, null, 'b', 'c')"));
        Assert.Equal(BoolValue.False, Eval("default(false, true)"));
        Assert.Equal(ExprValue.Null, Eval("default(null, x)"));
        Assert.Equal(Str("b"), Eval("default('', 'b')"));
        Assert.Equal(Str("none"), Eval("default([], 'none')"));
        Assert.Equal(Num(0), Eval("default(0, 5)"));
        Assert.Equal(Str(string.Empty), Eval("default(null, '')"));
    }

    [Theory]
    [InlineData("to_string(1.50)", "1.5")]
    [InlineData("to_string(true)", "true")]
    [InlineData("to_string(null)", "")]
    [InlineData("to_string([1, 'a'])", "[1,\"a\"]")]
    [InlineData("to_string(duration('90s'))", "1m30s")]
    [InlineData("to_json('a\"é')", "\"a\\\"é\"")]
    [InlineData("to_json(null)", "null")]
    [InlineData("to_json(from_json('{\"a\":[1,2.5,null]}'))", "{\"a\":[1,2.5,null]}")]
    public void Call_ToStringAndToJson_RenderText(string text, string expected) => Assert.Equal(Str(expected), Eval(text));

    [Theory]
    [InlineData("to_number('42')", "42")]
    [InlineData("to_number(' -3.5 ')", "-3.5")]
    [InlineData("to_number('1e3')", "1000")]
    [InlineData("to_number(true)", "1")]
    [InlineData("to_number(7)", "7")]
    [InlineData("to_number(duration('1m30s'))", "90")]
    public void Call_ToNumber_Converts(string text, string expected) => Assert.Equal(expected, Eval(text).ToString());

    [Theory]
    [InlineData("to_number('abc')")]
    [InlineData("to_number('')")]
    [InlineData("to_number(null)")]
    [InlineData("from_json(null)")]
    public void Call_ConversionOfNothing_GivesNull(string text) => Assert.Equal(ExprValue.Null, Eval(text));

    [Fact]
    public void Call_FromJsonWithInvalidText_ThrowsAtTheArgument()
    {
        var error = EvalError("from_json(alert.raw)", """{"alert": {"raw": "{nope"}}""");

        Assert.StartsWith("from_json(): invalid JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(Column(10), error.Location.Column);
    }

    [Fact]
    public void Call_ToNumberOfAList_Throws() =>
        Assert.Contains("argument 1 must be a string, number, bool or duration, not list", EvalError("to_number([1])").Message, StringComparison.Ordinal);
}
