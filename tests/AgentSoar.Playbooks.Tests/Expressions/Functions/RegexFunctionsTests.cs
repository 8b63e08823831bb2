using AgentSoar.Playbooks.Expressions;
using static AgentSoar.Playbooks.Tests.Expressions.Expr;

namespace AgentSoar.Playbooks.Tests.Expressions.Functions;

public sealed class RegexFunctionsTests
{
    [Theory]
    [InlineData("matches('powershell.exe -enc AAAA', '(?i)-enc(odedcommand)?\\\\s')", true)]
    [InlineData("matches('cmd.exe', '^powershell')", false)]
    [InlineData("matches(null, '.*')", false)]
    public void Call_Matches_AppliesTheRegex(string text, bool expected) => Assert.Equal(BoolValue.Of(expected), Eval(text));

    [Fact]
    public void Call_MatchesWithCatastrophicPattern_TimesOutAtTheCall()
    {
        var limits = ExpressionLimits.Default with { RegexTimeout = TimeSpan.FromMilliseconds(20) };
        var roots = "{\"alert\": {\"text\": \"" + new string('a', 40) + "!\"}}";

        var error = EvalError("1 == 1 && matches(alert.text, '^(a+)+$')", roots, limits);

        Assert.Equal("matches(): the regular expression took longer than 20 ms", error.Message);
        Assert.Equal(Column(10), error.Location.Column);
    }

    [Fact]
    public void Call_MatchesWithComputedInvalidPattern_ThrowsAtThePattern()
    {
        var error = EvalError("matches('a', alert.p)", """{"alert": {"p": "[z-a]"}}""");

        Assert.StartsWith("matches(): invalid regular expression", error.Message, StringComparison.Ordinal);
        Assert.Equal(Column(13), error.Location.Column);
    }
}
