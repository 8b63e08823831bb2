using static AgentSoar.Playbooks.Tests.Loading.LoadAssert;
using static AgentSoar.Playbooks.Tests.Loading.SamplePlaybooks;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class PlaybookReaderTests
{
    [Fact]
    public void Read_WrongApiVersion_IsReported() =>
        Single(Minimal.Replace("agentsoar/v1", "agentsoar/v2", StringComparison.Ordinal), 1, 13, "unsupported apiVersion 'agentsoar/v2': expected 'agentsoar/v1'");

    [Fact]
    public void Read_WrongKind_IsReported() =>
        Single(Minimal.Replace("kind: Playbook", "kind: Workflow", StringComparison.Ordinal), 2, 7, "kind must be 'Playbook', not 'Workflow'");

    [Fact]
    public void Read_RootThatIsAList_IsReported() => Single("- a\n- b\n", 1, 1, "a playbook must be a mapping");

    [Fact]
    public void Read_EmptyMapping_ReportsEveryMissingKey()
    {
        var result = Load("{}");

        Assert.Equal(
            ["missing required key 'apiVersion' in the playbook", "missing required key 'kind' in the playbook",
             "missing required key 'metadata' in the playbook", "missing required key 'steps' in the playbook"],
            result.Diagnostics.Select(d => d.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_ManyProblems_AreAllReportedInFileOrder()
    {
        const string yaml = """
            apiVersion: agentsoar/v1
            kind: Workflow
            metadata:
              id: Bad_Id
              name: Several problems
              tags: [ok]
              owner: me
            inputs:
              ip: { type: ipv4 }
            steps:
              - id: a
                action: x.y
                timeout: soon
                with: { v: "${{ inputs.host }}" }
              - id: a
                acton: x.z
            outputs:
              out: "${{ steps.nope.output + }}"
            """;

        var result = Load(yaml);

        Assert.Null(result.Playbook);
        Assert.Equal(
            [
                "2:7 kind must be 'Playbook', not 'Workflow'",
                "4:7 playbook id 'Bad_Id' must be lower case letters, digits and '-', starting with a letter or digit",
                "7:3 unknown key 'owner' in metadata (expected id, name, version, description, tags)",
                "9:15 'type' must be one of any, string, number, boolean, ip, hostname, user, url, list, object, not the string 'ipv4'",
                "13:14 'timeout' must be a duration, a number and a unit (ms, s, m, h, d), largest unit first, like 500ms, 10s, 15m, 24h, 7d or 1h30m; not the string 'soon'",
                "14:28 input 'host' is not declared under 'inputs'",
                "15:5 step 'a' says nothing to do: it needs one of action, if with then, switch, set, parallel, wait, foreach, while, playbook or approval",
                "15:9 duplicate step id 'a': it is already used at playbooks/test.yaml:11:9",
                "16:5 unknown key 'acton' in a step; did you mean 'action'?",
                "18:33 expected an expression, found the end of the expression",
            ],
            result.Diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Message}"));
    }

    [Fact]
    public void Read_TriggersThatAreNotAList_AreReported() =>
        Single(Minimal + "\ntriggers:\n  match: x", 11, 3, "'triggers' must be a list of { match: ... }, not a mapping");

    [Fact]
    public void Read_TriggerWithoutMatch_IsReported()
    {
        var result = Load(Minimal + "\ntriggers:\n  - when: x");

        Has(result, 11, 5, "unknown key 'when' in a trigger (expected match)");
        Has(result, 11, 5, "missing required key 'match' in a trigger");
    }

    [Fact]
    public void Read_OutputWithABadName_IsReported() =>
        Single(Minimal + "\noutputs:\n  Blocked-IP: true", 11, 3, "output names must be lower case letters");

    [Fact]
    public void Read_OutputsThatAreAList_AreReported() =>
        Single(Minimal + "\noutputs: [a]", 10, 10, "'outputs' must be a mapping of output names, not a list");

    [Fact]
    public void Read_AliasBombOfSteps_StopsAtTheNodeBudgetAndCapsDiagnostics()
    {
        const string yaml = """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: p, name: P }
            x1: &s1 { id: a, if: x, then: [{ id: b, action: x.y }] }
            x2: &s2 { id: c, if: x, then: [*s1, *s1, *s1, *s1, *s1, *s1, *s1, *s1, *s1, *s1] }
            x3: &s3 { id: d, if: x, then: [*s2, *s2, *s2, *s2, *s2, *s2, *s2, *s2, *s2, *s2] }
            x4: &s4 { id: e, if: x, then: [*s3, *s3, *s3, *s3, *s3, *s3, *s3, *s3, *s3, *s3] }
            x5: &s5 { id: f, if: x, then: [*s4, *s4, *s4, *s4, *s4, *s4, *s4, *s4, *s4, *s4] }
            x6: &s6 { id: g, if: x, then: [*s5, *s5, *s5, *s5, *s5, *s5, *s5, *s5, *s5, *s5] }
            steps: [*s6, *s6, *s6, *s6, *s6, *s6, *s6, *s6, *s6, *s6]
            """;

        var result = Load(yaml);

        Assert.Equal(501, result.Diagnostics.Count);
        Assert.Contains(result.Diagnostics, d => d.Message == "more than 500 problems; the rest are not reported");
    }

    [Fact]
    public void Read_AliasBomb_StopsAtTheNodeBudget()
    {
        const string bomb = """
              - id: a
                action: x.y
                with:
                  l1: &l1 [x, x, x, x, x, x, x, x, x, x]
                  l2: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]
                  l3: &l3 [*l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2]
                  l4: &l4 [*l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3]
                  l5: &l5 [*l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4]
                  l6: &l6 [*l5, *l5, *l5, *l5, *l5, *l5, *l5, *l5, *l5, *l5]
                  l7: [*l6, *l6, *l6, *l6, *l6, *l6, *l6, *l6, *l6, *l6]
            """;

        var result = Load(WithSteps(bomb));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("the document expands to more than 100000 values (too many aliases?)", diagnostic.Message);
    }
}
