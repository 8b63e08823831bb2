using AgentSoar.Playbooks.Expressions;
using static AgentSoar.Playbooks.Tests.Expressions.Expr;

namespace AgentSoar.Playbooks.Tests.Expressions.Functions;

public sealed class ListFunctionsTests
{
    private const string Hosts = "from_json('[{\"name\": \"a\", \"verdict\": \"malicious\", \"score\": 90}, {\"name\": \"b\", \"verdict\": \"clean\", \"score\": 5}, {\"name\": \"c\", \"verdict\": \"malicious\", \"score\": 70}]')";

    [Theory]
    [InlineData("unique([1, 2, 1, 3, 2])", "[1,2,3]")]
    [InlineData("sort([3, 1, 2])", "[1,2,3]")]
    [InlineData("sort(['b', 'a'])", "[\"a\",\"b\"]")]
    [InlineData("sort([ip('10.0.0.2'), ip('10.0.0.1')])", "[\"10.0.0.1\",\"10.0.0.2\"]")]
    [InlineData("slice([1, 2, 3, 4], 1, 3)", "[2,3]")]
    [InlineData("slice([1, 2, 3, 4], -2)", "[3,4]")]
    [InlineData("slice([1, 2], 5)", "[]")]
    [InlineData("flatten([[1, 2], 3, [4]])", "[1,2,3,4]")]
    [InlineData("pluck(" + Hosts + ", 'name')", "[\"a\",\"b\",\"c\"]")]
    [InlineData("pluck(where(" + Hosts + ", 'verdict', 'malicious'), 'name')", "[\"a\",\"c\"]")]
    [InlineData("pluck(from_json('[{\"a\": {\"b\": 1}}, {\"a\": 2}]'), 'a.b')", "[1,null]")]
    [InlineData("keys(from_json('{\"b\": 1, \"a\": 2}'))", "[\"a\",\"b\"]")]
    [InlineData("values(from_json('{\"b\": 1, \"a\": 2}'))", "[2,1]")]
    [InlineData("sum(pluck(" + Hosts + ", 'score'))", "165")]
    [InlineData("max(pluck(" + Hosts + ", 'score'))", "90")]
    [InlineData("min(pluck(" + Hosts + ", 'score'))", "5")]
    [InlineData("unique(null)", "[]")]
    [InlineData("max([])", "null")]
    public void Call_ListFunction_GivesTheExpectedValue(string text, string json) =>
        Assert.Equal(json, Eval(text).ToJson()?.ToJsonString() ?? "null");

    [Theory]
    [InlineData("sort([1, 'a'])", "cannot order")]
    [InlineData("sum([1, 'a'])", "argument 1 must be a list of numbers")]
    [InlineData("slice([1], 0.5)", "argument 2 must be a whole number")]
    [InlineData("keys([1])", "argument 1 must be a map")]
    public void Call_WrongTypes_AreExpressionErrors(string text, string message) =>
        Assert.Contains(message, Assert.Throws<ExpressionException>(() => Eval(text)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("extract('user=alice; id=7', 'id=(\\\\d+)', 1)", "\"7\"")]
    [InlineData("extract('user=alice', 'user=(?<name>\\\\w+)', 'name')", "\"alice\"")]
    [InlineData("extract('nothing here', '\\\\d+')", "null")]
    [InlineData("extract(null, 'x')", "null")]
    public void Call_Extract_GivesTheMatchOrGroup(string text, string json) =>
        Assert.Equal(json, Eval(text).ToJson()?.ToJsonString() ?? "null");
}
