using System.Text.Json.Nodes;
using AgentSoar.Intake.Mappings;

namespace AgentSoar.Intake.Tests.Mappings;

public sealed class SourcePathTests
{
    private static readonly JsonNode Alert = JsonNode.Parse("""
        {"kibana.alert.rule.name": "flat", "kibana": {"alert": {"uuid": "nested"}},
         "threat": [{"technique": [{"id": "T1"}, {"id": "T2"}]}, {"technique": {"id": "T3"}}],
         "list": ["a", "b", "c"], "n": 5}
        """)!;

    [Theory]
    [InlineData("kibana.alert.rule.name", "flat")]
    [InlineData("kibana.alert.uuid", "nested")]
    [InlineData("threat.technique.id", "T1,T2,T3")]
    [InlineData("threat[].technique[].id", "T1,T2,T3")]
    [InlineData("threat[1].technique.id", "T3")]
    [InlineData("list", "a,b,c")]
    [InlineData("list[2]", "c")]
    [InlineData("list[9]", "")]
    [InlineData("n", "5")]
    [InlineData("missing.path", "")]
    [InlineData("n.deeper", "")]
    public void Evaluate_Path_ReachesTheValues(string path, string expected)
    {
        var values = SourcePath.TryParse(path, out _)!.Evaluate(Alert).Select(v => v.ToString());

        Assert.Equal(expected, string.Join(',', values));
    }

    [Theory]
    [InlineData("a..b")]
    [InlineData("a[")]
    [InlineData("a[x]")]
    [InlineData("a]b")]
    public void TryParse_MalformedPath_GivesAReason(string path)
    {
        Assert.Null(SourcePath.TryParse(path, out var problem));
        Assert.NotNull(problem);
    }
}
