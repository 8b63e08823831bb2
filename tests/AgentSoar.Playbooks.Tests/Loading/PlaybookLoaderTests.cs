using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;
using static AgentSoar.Playbooks.Tests.Loading.LoadAssert;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class PlaybookLoaderTests
{
    private static SourceLocation At(int line, int column) => new(FileName, line, column);

    private static Playbook LoadSample()
    {
        var result = Load(SamplePlaybooks.BlockIp, new FakeActionCatalog());
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
        return result.Playbook!;
    }

    [Fact]
    public void LoadText_ValidPlaybook_FillsMetadata()
    {
        var playbook = LoadSample();

        Assert.Equal("agentsoar/v1", playbook.ApiVersion);
        Assert.Equal("block-malicious-ip", playbook.Id);
        Assert.Equal("Block a malicious external IP", playbook.Metadata.Name);
        Assert.Equal(3, playbook.Metadata.Version);
        Assert.Equal("Enrich the remote IP; if it is known bad, block it.", playbook.Metadata.Description);
        Assert.Equal(["containment", "attack.t1071"], playbook.Metadata.Tags);
        Assert.Equal(At(4, 7), playbook.Metadata.IdLocation);
        Assert.Equal(FileName, playbook.SourceFile);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SamplePlaybooks.BlockIp))), playbook.ContentHash);
    }

    [Fact]
    public void LoadText_ValidPlaybook_FillsTriggersAndInputs()
    {
        var playbook = LoadSample();

        var trigger = Assert.Single(playbook.Triggers);
        Assert.Equal(At(10, 5), trigger.Location);
        Assert.Equal(["alert.severity_id", "alert"], Assert.IsType<ExpressionTemplate>(trigger.Match).Expression.ReferencedPaths);
        var input = Assert.Single(playbook.Inputs);
        Assert.Equal(("ip", InputType.Ip, true, "The remote address"), (input.Name, input.Type, input.Required, input.Description));
        Assert.Equal(At(12, 3), input.Location);
        Assert.Null(input.Default);
        Assert.Equal("first_observable(alert, 'ip')", Assert.IsType<ExpressionTemplate>(input.From).Expression.Text);
    }

    [Fact]
    public void LoadText_ValidPlaybook_BuildsTheStepTree()
    {
        var playbook = LoadSample();

        Assert.Equal(["enrich", "verdict", "ticket"], playbook.Steps.Select(s => s.Id));
        Assert.Equal(["enrich", "verdict", "block", "note", "ticket"], StepTree.Flatten(playbook.Steps).Select(s => s.Id));

        var enrich = Assert.IsType<ActionStep>(playbook.Steps[0]);
        Assert.Equal(("simulation", "lookup_ip", At(14, 5)), (enrich.Connector, enrich.Action, enrich.Location));
        Assert.Equal(TimeSpan.FromSeconds(10), enrich.Timeout);
        Assert.Equal(new RetrySpec(3, TimeSpan.FromSeconds(1), BackoffKind.Exponential), enrich.Retry);
        Assert.Null(enrich.Guard);
        Assert.Equal(OnFailure.Fail, enrich.OnFailure);

        var verdict = Assert.IsType<IfStep>(playbook.Steps[1]);
        Assert.Equal(At(20, 9), verdict.Condition.Location);
        var block = Assert.IsType<ActionStep>(Assert.Single(verdict.Then));
        Assert.Equal(At(22, 9), block.Location);
        Assert.Equal(new ApprovalSpec(1, "responder", TimeSpan.FromMinutes(15)), block.Approval);
        Assert.Equal("note", Assert.Single(verdict.Else).Id);

        var ticket = Assert.IsType<ActionStep>(playbook.FindStep("ticket"));
        Assert.Equal(OnFailure.Continue, ticket.OnFailure);
        Assert.Equal("inputs.ip != null", Assert.IsType<ExpressionTemplate>(ticket.Guard).Expression.Text);
    }

    [Fact]
    public void LoadText_ValidPlaybook_KeepsTemplateTypesAndRenders()
    {
        var playbook = LoadSample();
        var block = Assert.IsType<ActionStep>(playbook.FindStep("block"));
        var ticket = Assert.IsType<ActionStep>(playbook.FindStep("ticket"));
        var scope = new ExpressionScope(new Dictionary<string, JsonNode?>
        {
            ["inputs"] = JsonNode.Parse("""{"ip": "203.0.113.9"}"""),
            ["incident"] = JsonNode.Parse("""{"id": 42}"""),
            ["alert"] = JsonNode.Parse("""{"finding_info": {"title": "C2 beacon"}}"""),
        });

        Assert.IsType<ExpressionTemplate>(block.With["ip"]);
        Assert.Equal("\"24h\"", Assert.IsType<LiteralTemplate>(block.With["duration"]).Value!.ToJsonString());
        Assert.IsType<InterpolatedTemplate>(Assert.IsType<MapTemplate>(ticket.With["body"]).Entries["title"]);
        Assert.Equal("""{"ip":"203.0.113.9","duration":"24h"}""", new MapTemplate(block.Location, block.With).Render(scope).ToJsonString());
        Assert.Equal("""{"title":"Incident 42: C2 beacon"}""", ticket.With["body"].Render(scope)!.ToJsonString());
        Assert.True(ticket.Guard!.IsTrue(scope));
    }

    [Fact]
    public void LoadText_ValidPlaybook_FillsOutputs()
    {
        var output = Assert.Single(LoadSample().Outputs);

        Assert.Equal(("blocked", At(36, 3)), (output.Name, output.Location));
        Assert.Equal(["steps.block.status"], output.Value.Expressions.Single().ReferencedPaths);
    }

    [Fact]
    public void LoadText_WithoutCatalog_AcceptsAnyWellFormedAction()
    {
        var result = Load(SamplePlaybooks.Minimal.Replace("simulation.comment", "anything.at_all", StringComparison.Ordinal));

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Playbook!.Metadata.Version);
        Assert.Empty(result.Playbook.Triggers);
    }

    [Fact]
    public void LoadText_ScalarTypes_FollowYamlCoreSchema()
    {
        var yaml = SamplePlaybooks.Minimal.Replace("{ text: hello }", "{ text: hello, n: 3, q: '3', b: true, z: ~, f: 2.5, h: 0x1F, l: [1, 'a'] }", StringComparison.Ordinal);

        var step = Assert.IsType<ActionStep>(Load(yaml).Playbook!.Steps[0]);

        Assert.Equal(
            """{"text":"hello","n":3,"q":"3","b":true,"z":null,"f":2.5,"h":31,"l":[1,"a"]}""",
            new MapTemplate(step.Location, step.With).Render(new ExpressionScope(new Dictionary<string, JsonNode?>())).ToJsonString());
    }

    [Fact]
    public void LoadText_CrLfLineEndings_KeepPositions()
    {
        var result = Load(SamplePlaybooks.WithSteps("  - id: a\r\n    action: x.y\r\n    with: { v: \"${{ 1 + }}\" }").Replace("\n", "\r\n", StringComparison.Ordinal).Replace("\r\r\n", "\r\n", StringComparison.Ordinal));

        Has(result, 9, 25, "expected an expression");
    }
}
