using AgentSoar.Playbooks.Expressions;
using static AgentSoar.Playbooks.Tests.Expressions.Expr;

namespace AgentSoar.Playbooks.Tests.Expressions;

public sealed class ExpressionTests
{
    private const string Roots = """
        {
          "alert": {
            "severity_id": 4,
            "finding_info": { "title": "Beacon" },
            "observables": [ { "name": "src_endpoint.ip", "type_id": 2, "value": "203.0.113.9" } ],
            "tags": ["a", "b"],
            "odd key": 1
          },
          "steps": { "enrich": { "output": { "verdict": "malicious", "score": 87.5 } }, "block-ip": { "status": "succeeded" } }
        }
        """;

    [Theory]
    [InlineData("alert.severity_id", 4)]
    [InlineData("steps.enrich.output.score", 87.5)]
    [InlineData("length(alert.tags)", 2)]
    [InlineData("alert['odd key']", 1)]
    public void Evaluate_Path_ReadsTheScope(string text, double expected) =>
        Assert.Equal(Num((decimal)expected), Eval(text, Roots));

    [Theory]
    [InlineData("alert.observables[0].value", "203.0.113.9")]
    [InlineData("alert['finding_info'].title", "Beacon")]
    [InlineData("alert.tags[-1]", "b")]
    [InlineData("alert.tags[1 - 1]", "a")]
    [InlineData("steps.block-ip.status", "succeeded")]
    [InlineData("steps['block-ip'].status", "succeeded")]
    [InlineData("from_json('{\"a\": {\"b\": \"c\"}}').a.b", "c")]
    [InlineData("['x', 'y'][1]", "y")]
    public void Evaluate_MembersAndIndexes_Navigate(string text, string expected) =>
        Assert.Equal(Str(expected), Eval(text, Roots));

    [Theory]
    [InlineData("alert.missing")]
    [InlineData("alert.missing.deeper[3].x")]
    [InlineData("alert.tags[2]")]
    [InlineData("alert.tags[-3]")]
    [InlineData("alert.tags[0.5]")]
    [InlineData("alert.tags['x']")]
    [InlineData("alert.severity_id.x")]
    [InlineData("alert[0]")]
    [InlineData("nowhere.x")]
    [InlineData("incident")]
    [InlineData("'text'.length")]
    [InlineData("[1][5]")]
    public void Evaluate_MissingMemberOrIndex_IsNull(string text) =>
        Assert.Equal(ExprValue.Null, Eval(text, Roots));

    [Theory]
    [InlineData("1 == 1.0", true)]
    [InlineData("'a' == 'a'", true)]
    [InlineData("'a' == 'A'", false)]
    [InlineData("1 == '1'", false)]
    [InlineData("null == false", false)]
    [InlineData("null == alert.missing", true)]
    [InlineData("[1, 'a'] == [1, 'a']", true)]
    [InlineData("[1, 'a'] != ['a', 1]", true)]
    [InlineData("from_json('{\"a\":1,\"b\":2}') == from_json('{\"b\":2,\"a\":1}')", true)]
    [InlineData("duration('90m') == duration('1h30m')", true)]
    [InlineData("ip('::ffff:10.0.0.1') == ip('10.0.0.1')", true)]
    [InlineData("ip('10.0.0.1') == '10.0.0.1'", false)]
    public void Evaluate_Equality_IsDeepAndFalseAcrossTypes(string text, bool expected) =>
        Assert.Equal(BoolValue.Of(expected), Eval(text, Roots));

    [Theory]
    [InlineData("2 < 3", true)]
    [InlineData("3 <= 3", true)]
    [InlineData("2.5 > 3", false)]
    [InlineData("3 >= 3.0", true)]
    [InlineData("'apple' < 'banana'", true)]
    [InlineData("'B' < 'a'", true)]
    [InlineData("duration('59m') < duration('1h')", true)]
    [InlineData("timestamp('2024-01-01T00:00:00Z') < timestamp('2024-01-02T00:00:00+02:00')", true)]
    [InlineData("ip('10.0.0.2') > ip('10.0.0.10')", false)]
    [InlineData("ip('255.255.255.255') < ip('::')", true)]
    [InlineData("alert.missing > 3", false)]
    [InlineData("alert.missing <= 3", false)]
    [InlineData("null < null", false)]
    public void Evaluate_Comparison_OrdersWithinATypeAndNullIsFalse(string text, bool expected) =>
        Assert.Equal(BoolValue.Of(expected), Eval(text, Roots));

    [Theory]
    [InlineData("'a' < 3", 4, "cannot compare string with number using '<'")]
    [InlineData("true >= false", 5, "cannot compare bool with bool using '>='")]
    [InlineData("[1] > [0]", 4, "cannot compare list with list")]
    [InlineData("duration('1h') < 3", 15, "cannot compare duration with number")]
    public void Evaluate_ComparisonAcrossTypes_ThrowsAtTheOperator(string text, int offset, string message)
    {
        var error = EvalError(text, Roots);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(Column(offset), error.Location.Column);
    }

    [Theory]
    [InlineData("'b' in alert.tags", true)]
    [InlineData("'z' in alert.tags", false)]
    [InlineData("1 in [1, 2]", true)]
    [InlineData("'ac' in 'attack'", true)]
    [InlineData("'ca' in 'attack'", false)]
    [InlineData("'severity_id' in alert", true)]
    [InlineData("'nope' in alert", false)]
    [InlineData("'x' in alert.missing", false)]
    [InlineData("null in alert.tags", false)]
    [InlineData("null in 'abc'", false)]
    public void Evaluate_In_TestsMembershipSubstringOrKey(string text, bool expected) =>
        Assert.Equal(BoolValue.Of(expected), Eval(text, Roots));

    [Fact]
    public void Evaluate_InWithMeaninglessOperands_ThrowsAtTheOperator()
    {
        var error = EvalError("3 in 'abc'");

        Assert.Contains("cannot look for a number in a string", error.Message, StringComparison.Ordinal);
        Assert.Equal(Column(2), error.Location.Column);
    }

    [Theory]
    [InlineData("null", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("0.0", false)]
    [InlineData("''", false)]
    [InlineData("[]", false)]
    [InlineData("from_json('{}')", false)]
    [InlineData("true", true)]
    [InlineData("-1", true)]
    [InlineData("' '", true)]
    [InlineData("[null]", true)]
    [InlineData("duration('0s')", true)]
    [InlineData("alert", true)]
    public void Evaluate_Truthiness_FollowsTheRules(string text, bool expected) =>
        Assert.Equal(BoolValue.Of(expected), Eval($"!!({text})", Roots));

    [Fact]
    public void Evaluate_LogicalOperators_ShortCircuit()
    {
        // The right side would fail ('a' < 1); short-circuit means it is never evaluated.
        Assert.Equal(BoolValue.False, Eval("false && 'a' < 1"));
        Assert.Equal(BoolValue.True, Eval("true || 'a' < 1"));
        Assert.Throws<ExpressionException>(() => Eval("true && 'a' < 1"));
    }

    [Fact]
    public void Evaluate_LogicalOperators_GiveBools()
    {
        Assert.Equal(BoolValue.True, Eval("'x' && 1"));
        Assert.Equal(BoolValue.False, Eval("'' || 0"));
    }

    [Fact]
    public void Evaluate_ErrorLocation_IsInTheOriginFile()
    {
        var error = EvalError("1 +\n  'a'");

        Assert.Equal(("test.yaml", 3, Column(2)), (error.Location.File, error.Location.Line, error.Location.Column));
    }
}
