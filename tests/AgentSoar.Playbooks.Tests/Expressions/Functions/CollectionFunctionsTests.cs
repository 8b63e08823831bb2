using AgentSoar.Playbooks.Expressions;
using static AgentSoar.Playbooks.Tests.Expressions.Expr;

namespace AgentSoar.Playbooks.Tests.Expressions.Functions;

public sealed class CollectionFunctionsTests
{
    [Theory]
    [InlineData("length('héllo')", 5)]
    [InlineData("length([1, 2, 3])", 3)]
    [InlineData("length(from_json('{\"a\": 1}'))", 1)]
    [InlineData("length(null)", 0)]
    [InlineData("length(x.y)", 0)]
    public void Call_Length_CountsCharactersItemsOrKeys(string text, int expected) => Assert.Equal(Num(expected), Eval(text));

    [Theory]
    [InlineData("contains('malicious', 'lic')", true)]
    [InlineData("contains(['a', 'b'], 'b')", true)]
    [InlineData("contains([1, 2], '1')", false)]
    [InlineData("contains(from_json('{\"k\": 1}'), 'k')", true)]
    [InlineData("contains(null, 'a')", false)]
    public void Call_Contains_MatchesTheInOperator(string text, bool expected) => Assert.Equal(BoolValue.Of(expected), Eval(text));

    [Fact]
    public void Call_FirstAndLast_PickEnds()
    {
        Assert.Equal(Num(1), Eval("first([1, 2, 3])"));
        Assert.Equal(Num(3), Eval("last([1, 2, 3])"));
        Assert.Equal(ExprValue.Null, Eval("first([])"));
        Assert.Equal(ExprValue.Null, Eval("last(null)"));
    }

    [Theory]
    [InlineData("length(true)", 7, "length(): argument 1 must be a string, list or map, not bool")]
    [InlineData("first('abc')", 6, "first(): argument 1 must be a list, not string")]
    [InlineData("contains(3, 'a')", 9, "contains(): argument 1 must be a string, list or map holding that type, not number")]
    public void Call_WithWrongType_ThrowsAtTheArgument(string text, int offset, string message)
    {
        var error = EvalError(text);

        Assert.Equal(message, error.Message);
        Assert.Equal(Column(offset), error.Location.Column);
    }
}
