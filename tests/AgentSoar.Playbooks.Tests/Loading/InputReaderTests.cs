using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Model;
using static AgentSoar.Playbooks.Tests.Loading.LoadAssert;
using static AgentSoar.Playbooks.Tests.Loading.SamplePlaybooks;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class InputReaderTests
{
    private static string WithInputs(string inputs) => Minimal + "\ninputs:\n" + inputs;

    [Fact]
    public void Read_DefaultsOfEveryType_AreKept()
    {
        var result = Load(WithInputs("""
              a: { type: number, default: 3 }
              b: { type: boolean, default: false }
              c: { type: ip, default: 10.0.0.1 }
              d: { type: list, default: [x] }
              e: { type: object, default: { k: v } }
              f: { type: url, default: "https://example.com/x" }
              g: { default: 7 }
              h: { type: string, required: true }
            """));

        Assert.Empty(result.Diagnostics);
        var inputs = result.Playbook!.Inputs;
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h"], inputs.Select(i => i.Name));
        Assert.Equal("""[3,false,"10.0.0.1",["x"],{"k":"v"},"https://example.com/x",7,null]""", new JsonArray(inputs.Select(i => i.Default?.DeepClone()).ToArray()).ToJsonString());
        Assert.Equal(InputType.Any, inputs[6].Type);
        Assert.True(inputs[7].Required);
        Assert.False(inputs[0].Required);
    }

    [Theory]
    [InlineData("{ type: ip, default: not-an-ip }", 27, "the default of input 'x' must be an IP address, not \"not-an-ip\"")]
    [InlineData("{ type: number, default: '3' }", 31, "must be a number, not \"3\"")]
    [InlineData("{ type: boolean, default: yes }", 32, "must be true or false, not \"yes\"")]
    [InlineData("{ type: list, default: x }", 29, "must be a list, not \"x\"")]
    [InlineData("{ type: url, default: example }", 28, "must be an absolute URL")]
    [InlineData("{ type: string, default: 3 }", 31, "must be a string, not 3")]
    public void Read_DefaultOfTheWrongType_IsReportedAtTheDefault(string definition, int column, string message) =>
        Single(WithInputs($"  x: {definition}"), 11, column, message);

    [Fact]
    public void Read_InputThatIsNotAMapping_IsReported() =>
        Single(WithInputs("  ip: ip"), 11, 7, "input 'ip' must be a mapping (type, required, from, default, description), not the string 'ip'");

    [Fact]
    public void Read_InputNameOutsideThePattern_IsReported() =>
        Single(WithInputs("  source-ip: { type: ip }"), 11, 3, "input name 'source-ip' must be lower case letters, digits and '_'");

    [Fact]
    public void Read_RequiredThatIsNotABoolean_IsReported() =>
        Single(WithInputs("  ip: { required: maybe }"), 11, 19, "'required' must be true or false, not the string 'maybe'");
}
