using System.Text.Json.Nodes;
using AgentSoar.Cacao.Schemas;
using AgentSoar.Cacao.Tests.TestSupport;

namespace AgentSoar.Cacao.Tests.Schemas;

public class JsonSchemaValidatorTests
{
    private static IReadOnlyList<SchemaError> Validate(string json) =>
        new JsonSchemaValidator(CacaoTestData.Schemas).Validate(JsonNode.Parse(json), "playbook.json");

    private static JsonObject Basic() => (JsonObject)JsonNode.Parse(CacaoTestData.Example("basic-example-1.json"))!;

    [Fact]
    public void Validate_SpecExample_HasNoErrors()
    {
        Assert.Empty(Validate(CacaoTestData.Example("spec-3.1-example.json")));
    }

    [Fact]
    public void Validate_MissingRequiredProperty_NamesItAtTheObject()
    {
        var playbook = Basic();
        playbook.Remove("created_by");

        var error = Assert.Single(Validate(playbook.ToJsonString()));

        Assert.Equal(string.Empty, error.Pointer);
        Assert.Contains("'created_by' is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownPropertyInACommand_IsRefusedByTheConcreteSchema()
    {
        var playbook = Basic();
        playbook["workflow"]!["action--6398eb05-3eb8-43f5-87d3-f24e07492a41"]!["commands"]![0]!["shell"] = "sh";

        var error = Assert.Single(Validate(playbook.ToJsonString()));

        Assert.Equal("/workflow/action--6398eb05-3eb8-43f5-87d3-f24e07492a41/commands/0/shell", error.Pointer);
    }

    [Fact]
    public void Validate_CommandTypeWithoutASchema_IsAnUnknownType()
    {
        var playbook = Basic();
        playbook["workflow"]!["action--6398eb05-3eb8-43f5-87d3-f24e07492a41"]!["commands"]![0]!["type"] = "telnet";

        var error = Assert.Single(Validate(playbook.ToJsonString()));

        Assert.Contains("'telnet'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadTimestampPattern_IsAnErrorAtTheProperty()
    {
        var playbook = Basic();
        playbook["created"] = "yesterday";

        Assert.Contains(Validate(playbook.ToJsonString()), e => e.Pointer == "/created");
    }

    [Fact]
    public void Validate_EndStepWithOnCompletion_FailsTheNotRule()
    {
        var playbook = Basic();
        playbook["workflow"]!["end--116cdac5-63f1-4d8f-b3a8-e5667936e9b6"]!["on_completion"] = "action--6398eb05-3eb8-43f5-87d3-f24e07492a41";

        Assert.Contains(Validate(playbook.ToJsonString()), e => e.Pointer == "/workflow/end--116cdac5-63f1-4d8f-b3a8-e5667936e9b6" && e.Message.StartsWith("must not", StringComparison.Ordinal));
    }
}
