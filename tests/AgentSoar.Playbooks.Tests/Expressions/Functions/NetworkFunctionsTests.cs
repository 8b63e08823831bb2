using AgentSoar.Playbooks.Expressions;
using static AgentSoar.Playbooks.Tests.Expressions.Expr;

namespace AgentSoar.Playbooks.Tests.Expressions.Functions;

public sealed class NetworkFunctionsTests
{
    [Theory]
    [InlineData("is_ip('10.0.0.1')", true)]
    [InlineData("is_ip('2001:db8::1')", true)]
    [InlineData("is_ip('10.0.0')", false)]
    [InlineData("is_ip('example.com')", false)]
    [InlineData("is_ip(null)", false)]
    [InlineData("is_ip(7)", false)]
    [InlineData("is_ip(ip('::1'))", true)]
    public void Call_IsIp_RecognisesAddresses(string text, bool expected) => Assert.Equal(BoolValue.Of(expected), Eval(text));

    [Theory]
    [InlineData("ip_in_cidr('10.1.2.3', '10.0.0.0/8')", true)]
    [InlineData("ip_in_cidr('11.1.2.3', '10.0.0.0/8')", false)]
    [InlineData("ip_in_cidr('172.31.255.255', '172.16.0.0/12')", true)]
    [InlineData("ip_in_cidr('172.32.0.0', '172.16.0.0/12')", false)]
    [InlineData("ip_in_cidr('192.168.1.77', '192.168.1.77/32')", true)]
    [InlineData("ip_in_cidr('8.8.8.8', '0.0.0.0/0')", true)]
    [InlineData("ip_in_cidr('10.0.0.1', '10.0.0.99/24')", true)]
    [InlineData("ip_in_cidr('2001:db8::42', '2001:db8::/32')", true)]
    [InlineData("ip_in_cidr('2001:db9::1', '2001:db8::/32')", false)]
    [InlineData("ip_in_cidr('2001:db8:0:0:8000::', '2001:db8::/65')", false)]
    [InlineData("ip_in_cidr('::ffff:10.0.0.1', '10.0.0.0/8')", true)]
    [InlineData("ip_in_cidr('10.0.0.1', '::/0')", false)]
    [InlineData("ip_in_cidr('10.0.0.1', ['192.168.0.0/16', '10.0.0.0/8'])", true)]
    [InlineData("ip_in_cidr(ip('10.0.0.1'), '10.0.0.0/8')", true)]
    [InlineData("ip_in_cidr('not an ip', '10.0.0.0/8')", false)]
    [InlineData("ip_in_cidr(null, '10.0.0.0/8')", false)]
    public void Call_IpInCidr_TestsTheBlock(string text, bool expected) => Assert.Equal(BoolValue.Of(expected), Eval(text));

    [Theory]
    [InlineData("10.2.3.4", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.0.1", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("169.254.1.1", true)]
    [InlineData("fd12:3456::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("::1", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("2001:4860:4860::8888", false)]
    [InlineData("nonsense", false)]
    public void Call_IsPrivateIp_KnowsThePrivateRanges(string address, bool expected) =>
        Assert.Equal(BoolValue.Of(expected), Eval($"is_private_ip('{address}')"));

    [Fact]
    public void Call_Ip_GivesAnIpValue()
    {
        var value = Assert.IsType<IpValue>(Eval("ip('2001:DB8::1')"));
        Assert.Equal("2001:db8::1", value.ToString());
        Assert.Equal(ExprValue.Null, Eval("ip(null)"));
    }

    [Fact]
    public void Call_IpInCidrWithComputedBadBlock_ThrowsAtTheBlock()
    {
        var error = EvalError("ip_in_cidr('10.0.0.1', alert.net)", """{"alert": {"net": "10.0.0.0"}}""");

        Assert.StartsWith("ip_in_cidr(): invalid CIDR '10.0.0.0'", error.Message, StringComparison.Ordinal);
        Assert.Equal(Column(23), error.Location.Column);
    }

    [Fact]
    public void Call_IpOfComputedBadText_ThrowsAtTheArgument() =>
        Assert.Equal("ip(): 'x' is not an IP address", EvalError("ip(alert.a)", """{"alert": {"a": "x"}}""").Message);
}
