using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;
using static AgentSoar.Playbooks.Tests.Expressions.Expr;

namespace AgentSoar.Playbooks.Tests.Expressions;

public sealed class ExpressionParserTests
{
    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("20 / 2 / 5", 2)]
    [InlineData("7 % 4 * 2", 6)]
    [InlineData("-2 * 3", -6)]
    [InlineData("2 - -3", 5)]
    [InlineData("-(1 + 2)", -3)]
    public void Parse_Arithmetic_FollowsUsualPrecedence(string text, int expected) =>
        Assert.Equal(Num(expected), Eval(text));

    [Theory]
    [InlineData("true || false && false", true)]
    [InlineData("(true || false) && false", false)]
    [InlineData("1 + 1 == 2 && 3 > 2", true)]
    [InlineData("1 < 2 == true", true)]
    [InlineData("!false && false", false)]
    [InlineData("!1 == 2", true)]
    [InlineData("!'a' in ['b']", true)]
    [InlineData("false == !true", true)]
    [InlineData("!!true", true)]
    [InlineData("1 + 1 in [2]", true)]
    [InlineData("'b' in ['a', 'b'] == true", true)]
    public void Parse_LogicAndComparison_FollowsDocumentedPrecedence(string text, bool expected) =>
        Assert.Equal(BoolValue.Of(expected), Eval(text));

    [Fact]
    public void Parse_Literals_HaveTheirTypes()
    {
        Assert.Equal(ExprValue.Null, Eval("null"));
        Assert.Equal(BoolValue.True, Eval("true"));
        Assert.Equal(Num(3.25m), Eval("3.25"));
        Assert.Equal(Str("it's"), Eval("'it\\'s'"));
        Assert.Equal(Str("say \"hi\"\n\t\\é"), Eval("\"say \\\"hi\\\"\\n\\t\\\\\\u00e9\""));
        Assert.Equal(Str("a\"b"), Eval("'a\"b'"));
    }

    [Fact]
    public void ReferencedPaths_MembersIndexesAndFunctionArguments_AreListedInOrder()
    {
        var expression = Parse("alert.severity_id >= 3 && has_observable(alert, 'ip') && steps.enrich.output.verdict == alert.observables[0].value && inputs['ip'] != null");

        Assert.Equal(
            ["alert.severity_id", "alert", "steps.enrich.output.verdict", "alert.observables[0].value", "inputs.ip"],
            expression.ReferencedPaths);
    }

    [Fact]
    public void ReferencedPaths_ComputedIndex_CutsThePathAndListsTheIndexPaths()
    {
        var expression = Parse("alert.observables[inputs.n].value");

        Assert.Equal(["alert.observables", "inputs.n"], expression.ReferencedPaths);
    }

    [Fact]
    public void ReferencedPaths_StepIdWithHyphens_IsOneSegment()
    {
        var expression = Parse("steps.block-ip-2.output.ok && steps.a - 1");

        Assert.Equal(["steps.block-ip-2.output.ok", "steps.a"], expression.ReferencedPaths);
    }

    [Fact]
    public void ReferencedPaths_KeyThatIsNotAName_KeepsBracketForm()
    {
        Assert.Equal(["alert['odd key'].x"], Parse("alert['odd key'].x").ReferencedPaths);
    }

    [Fact]
    public void Text_IsTheTrimmedSource() => Assert.Equal("a.b", Parse("  a.b ").Text);

    [Theory]
    [InlineData("a +", 3, "expected an expression, found the end of the expression")]
    [InlineData("a + * b", 4, "expected an expression, found '*'")]
    [InlineData("(a + b", 6, "expected ')' to close the '(' at test.yaml:3:10")]
    [InlineData("a b", 2, "expected an operator or the end of the expression, found 'b'")]
    [InlineData("a = b", 2, "unexpected '='; did you mean '=='?")]
    [InlineData("a & b", 2, "did you mean '&&'?")]
    [InlineData("a | b", 2, "did you mean '||'?")]
    [InlineData("a # b", 2, "unexpected character '#'")]
    [InlineData("'abc", 0, "unterminated string")]
    [InlineData("x == \"a\\qb\"", 7, "invalid escape '\\q'")]
    [InlineData("'\\u12'", 1, "\\u needs four hex digits")]
    [InlineData("a.", 2, "expected a member name after '.'")]
    [InlineData("a[1", 3, "expected ']' to close the '[' at test.yaml:3:11")]
    [InlineData("lower('a', 'b')", 0, "lower() takes 1 argument, not 2")]
    [InlineData("now(1)", 0, "now() takes 0 arguments, not 1")]
    [InlineData("default(1)", 0, "default() takes at least 2 arguments, not 1")]
    [InlineData("x && lowr(a)", 5, "unknown function 'lowr'; did you mean 'lower'?")]
    [InlineData("eval('1')", 0, "unknown function 'eval'")]
    [InlineData("f(1,)", 0, "unknown function 'f'")]
    [InlineData("lower(1,)", 8, "expected an expression, found ')'")]
    [InlineData("3days", 1, "unexpected 'd' after a number")]
    [InlineData("1 + duration('2 hours')", 13, "duration(): invalid duration '2 hours'")]
    [InlineData("matches(a, '(')", 11, "matches(): invalid regular expression")]
    [InlineData("ip_in_cidr(a, '10.0.0.0/33')", 14, "ip_in_cidr(): invalid CIDR '10.0.0.0/33'")]
    [InlineData("has_observable(alert, 'ipaddr')", 22, "unknown observable type 'ipaddr'")]
    [InlineData("timestamp('yesterday')", 10, "invalid timestamp 'yesterday'")]
    [InlineData("ip('10.0.0')", 3, "'10.0.0' is not an IP address")]
    [InlineData("", 0, "expected an expression, found the end of the expression")]
    public void Parse_InvalidText_ThrowsAtTheOffendingCharacter(string text, int offset, string message)
    {
        var error = ParseError(text);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("test.yaml", 3, Column(offset)), error.Location);
    }

    [Fact]
    public void Parse_ErrorAfterALineBreak_CountsLinesAndRestartsColumns()
    {
        var error = ParseError("a &&\n  b +");

        Assert.Equal(new SourceLocation("test.yaml", 4, 6), error.Location);
    }

    [Fact]
    public void Parse_TextOverMaxLength_IsRejected()
    {
        var limits = ExpressionLimits.Default with { MaxLength = 10 };

        var error = ParseError("a + b + c + d", limits);

        Assert.Contains("over the limit of 10", error.Message, StringComparison.Ordinal);
        Assert.Equal(Column(10), error.Location.Column);
    }

    [Fact]
    public void Parse_NestingOverMaxDepth_IsRejectedAtTheTooDeepToken()
    {
        var limits = ExpressionLimits.Default with { MaxDepth = 5 };
        Assert.Equal(Num(1), Eval("((((1))))", limits: limits));

        var error = ParseError("(((((1)))))", limits);

        Assert.Contains("deeper than the limit of 5", error.Message, StringComparison.Ordinal);
        Assert.Equal(Column(4), error.Location.Column);
    }

    [Theory]
    [InlineData("!!!!!!!!!!x")]
    [InlineData("----------1")]
    [InlineData("lower(lower(lower(lower(lower(lower('a'))))))")]
    [InlineData("[[[[[[[[[[1]]]]]]]]]]")]
    [InlineData("a[a[a[a[a[a[a[0]]]]]]]")]
    public void Parse_DeepNestingOfAnyKind_IsBounded(string text)
    {
        var limits = ExpressionLimits.Default with { MaxDepth = 5 };

        Assert.Contains("deeper than the limit", ParseError(text, limits).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DefaultDepthLimit_StopsAHostileExpressionBeforeTheStack()
    {
        var text = new string('(', 3000) + "1" + new string(')', 3000);

        var error = ParseError(text, ExpressionLimits.Default with { MaxLength = 10_000 });

        Assert.Contains("deeper than the limit of 64", error.Message, StringComparison.Ordinal);
    }
}
