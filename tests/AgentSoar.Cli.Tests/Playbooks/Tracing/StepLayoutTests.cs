using AgentSoar.Cli.Playbooks.Tracing;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Cli.Tests.Playbooks.Tracing;

public sealed class StepLayoutTests
{
    private const string Nested = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: nested, name: Nested }
        steps:
          - id: enrich
            action: simulation.lookup_ip
            with: { ip: "203.0.113.7" }
          - id: verdict
            if: "${{ steps.enrich.output.verdict == 'malicious' }}"
            then:
              - id: both
                parallel:
                  join: all
                  branches:
                    net:
                      - id: block
                        action: simulation.block_ip
                        with: { ip: "203.0.113.7" }
                    case:
                      - id: note
                        action: simulation.comment
                        with: { text: "blocked" }
        """;

    private readonly StepLayout _layout = new(PlaybookLoader.LoadText(Nested, "nested.yaml").Playbook!);

    [Theory]
    [InlineData("enrich", null, 0)]
    [InlineData("verdict", null, 0)]
    [InlineData("both", "verdict", 1)]
    [InlineData("block", "both", 2)]
    [InlineData("note", "both", 2)]
    public void Find_StepOfThePlaybook_HasItsParentAndDepth(string id, string? parent, int depth)
    {
        var (step, foundParent, foundDepth) = _layout.Find(id);

        Assert.Equal(id, step?.Id);
        Assert.Equal(parent, foundParent);
        Assert.Equal(depth, foundDepth);
    }

    [Fact]
    public void Find_LoopRoundOfAStep_IsPlacedAsTheStep()
    {
        var (step, parent, depth) = _layout.Find("both[2]/block");

        Assert.Equal("block", step?.Id);
        Assert.Equal("both", parent);
        Assert.Equal(2, depth);
    }

    [Fact]
    public void Find_StepOfACalledPlaybook_SitsUnderTheCall()
    {
        var (step, parent, depth) = _layout.Find("both/lookup");

        Assert.Null(step);
        Assert.Equal("both", parent);
        Assert.Equal(2, depth);
    }

    [Fact]
    public void Find_UnknownId_SitsAtTheTop()
    {
        Assert.Equal((null, null, 0), _layout.Find("ghost"));
    }
}
