using System.Text.Json.Nodes;
using AgentSoar.Engine.Approvals;

namespace AgentSoar.Engine.Tests.Approvals;

public sealed class ActionHashTests
{
    [Fact]
    public void Compute_KeyOrder_DoesNotMatter()
    {
        var a = ActionHash.Compute("fw", "block", JsonNode.Parse("""{"ip":"1.2.3.4","ttl":{"h":1,"m":2}}"""));
        var b = ActionHash.Compute("fw", "block", JsonNode.Parse("""{"ttl":{"m":2,"h":1},"ip":"1.2.3.4"}"""));

        Assert.Equal(a, b);
        Assert.Equal(64, a.Length);
    }

    [Theory]
    [InlineData("fw", "block", """{"ip":"1.2.3.5"}""")]
    [InlineData("fw", "unblock", """{"ip":"1.2.3.4"}""")]
    [InlineData("fw2", "block", """{"ip":"1.2.3.4"}""")]
    [InlineData("fw", "block", """{"ip":"1.2.3.4","extra":null}""")]
    [InlineData("fw", "block", """{"ip":["1.2.3.4"]}""")]
    public void Compute_AnyChange_GivesAnotherHash(string connector, string action, string inputs)
    {
        var original = ActionHash.Compute("fw", "block", JsonNode.Parse("""{"ip":"1.2.3.4"}"""));

        Assert.NotEqual(original, ActionHash.Compute(connector, action, JsonNode.Parse(inputs)));
    }

    [Fact]
    public void Compute_SeparatorInNames_CannotCollide()
    {
        Assert.NotEqual(ActionHash.Compute("a|b", "c", null), ActionHash.Compute("a", "b|c", null));
    }
}
