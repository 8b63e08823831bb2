using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Tests.Schema;

/// <summary>
/// Holds <c>schemas/playbook.schema.json</c> to the loader: the same keys in every mapping, the same enum values, and
/// durations read alike. A key added to <see cref="PlaybookKeys"/> without the schema (or the reverse) fails here.
/// </summary>
public sealed class PlaybookSchemaTests
{
    private static readonly PlaybookSchema Schema = PlaybookSchema.Instance;

    /// <summary>Each key list of the loader, and where the schema describes that mapping.</summary>
    private static readonly Dictionary<string, (Func<JsonObject> Node, IReadOnlyList<string> Keys)> Mappings = new(StringComparer.Ordinal)
    {
        [nameof(PlaybookKeys.TopLevel)] = (() => Schema.Root, PlaybookKeys.TopLevel),
        [nameof(PlaybookKeys.Metadata)] = (() => Schema.At("properties", "metadata"), PlaybookKeys.Metadata),
        [nameof(PlaybookKeys.Trigger)] = (() => Schema.At("properties", "triggers", "items"), PlaybookKeys.Trigger),
        [nameof(PlaybookKeys.Input)] = (() => Schema.At("properties", "inputs", "additionalProperties"), PlaybookKeys.Input),
        [nameof(PlaybookKeys.Retry)] = (() => Schema.At(Kind("action"), "properties", "retry"), PlaybookKeys.Retry),
        [nameof(PlaybookKeys.Approval)] = (() => Schema.At(Kind("action"), "properties", "approval"), PlaybookKeys.Approval),
        [nameof(PlaybookKeys.Parallel)] = (() => Schema.At(Kind("parallel"), "properties", "parallel"), PlaybookKeys.Parallel),
        [nameof(PlaybookKeys.Wait)] = (() => Schema.At(Kind("wait"), "properties", "wait"), PlaybookKeys.Wait),
        [nameof(PlaybookKeys.Question)] = (() => Schema.At(Kind("approval"), "properties", "approval"), PlaybookKeys.Question),
        [nameof(PlaybookKeys.OnFailure)] = (() => Schema.At(Kind("action"), "properties", "on_failure", "oneOf", "1"), PlaybookKeys.OnFailure),
    };

    public static TheoryData<string> MappingNames => new(Mappings.Keys);

    public static TheoryData<string> StepKindKeys => new(PlaybookKeys.StepKinds);

    private static readonly string PlaybooksFolder = Path.Combine(RepositoryRoot.Path, "playbooks");

    /// <summary>The files the catalog would load from <c>playbooks/</c> (so not the <c>*.test.yaml</c> beside them).</summary>
    public static TheoryData<string> ShippedPlaybooks => new(
        Directory.EnumerateFiles(PlaybooksFolder, "*", SearchOption.AllDirectories)
            .Where(PlaybookCatalog.IsPlaybookFile)
            .Select(f => Path.GetRelativePath(PlaybooksFolder, f))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(MappingNames))]
    public void Properties_OfEachMapping_EqualTheLoaderKeys(string mapping)
    {
        var (node, keys) = Mappings[mapping];

        Assert.Equal(keys.Order(StringComparer.Ordinal), PlaybookSchema.PropertyNames(node()).Order(StringComparer.Ordinal));
        Assert.False(node()["additionalProperties"]!.GetValue<bool>(), $"the loader refuses unknown keys in {mapping}");
    }

    [Fact]
    public void PlaybookKeys_EveryKeyList_IsComparedWithTheSchema()
    {
        // Step and StepKinds are held to the step kinds by the tests below; every other list must have a mapping above.
        var lists = typeof(PlaybookKeys).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(IReadOnlyList<string>))
            .Select(p => p.Name)
            .Except([nameof(PlaybookKeys.Step), nameof(PlaybookKeys.StepKinds)]);

        Assert.Equal(lists.Order(StringComparer.Ordinal), Mappings.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void StepKinds_EachRequiresOneKindKey_CoveringTheLoaderKinds()
    {
        var kindKeys = Schema.StepKinds.Select(kind => Assert.Single(PlaybookSchema.Strings(kind, "required").Intersect(PlaybookKeys.StepKinds)));

        Assert.Equal(PlaybookKeys.StepKinds.Order(StringComparer.Ordinal), kindKeys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StepKindKeys))]
    public void StepKind_Properties_EqualTheKeysTheLoaderAcceptsForThatKind(string kindKey)
    {
        // The loader accepts every step key except the other kinds' keys and the keys only other kinds own.
        static bool Owns(string key, string kind) => PlaybookKeys.StepKeyOwners.TryGetValue(key, out var owners) && owners.Contains(kind);
        var expected = PlaybookKeys.Step
            .Where(key => key == kindKey || !PlaybookKeys.StepKinds.Contains(key) || Owns(key, kindKey))
            .Where(key => !PlaybookKeys.StepKeyOwners.ContainsKey(key) || Owns(key, kindKey));

        var kind = Kind(kindKey);
        Assert.Equal(expected.Order(StringComparer.Ordinal), PlaybookSchema.PropertyNames(kind).Order(StringComparer.Ordinal));
        Assert.False(kind["additionalProperties"]!.GetValue<bool>());
        Assert.Contains("id", PlaybookSchema.Strings(kind, "required"));
    }

    [Fact]
    public void StepKinds_Together_AcceptEveryLoaderStepKey() =>
        Assert.Equal(
            PlaybookKeys.Step.Order(StringComparer.Ordinal),
            Schema.StepKinds.SelectMany(PlaybookSchema.PropertyNames).Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void InputType_Enum_EqualsTheCSharpEnum() =>
        Assert.Equal(SnakeCase.Names<InputType>(), PlaybookSchema.Strings(Schema.At("properties", "inputs", "additionalProperties", "properties", "type"), "enum"));

    [Fact]
    public void OnFailure_EnumOfEveryStepKind_EqualsTheCSharpEnum() =>
        Assert.All(Schema.StepKinds, kind => Assert.Equal(SnakeCase.Names<OnFailure>(), PlaybookSchema.Strings(Schema.At(kind, "properties", "on_failure", "oneOf", "0"), "enum")));

    [Fact]
    public void AnswerKind_Enum_EqualsTheCSharpEnum() =>
        Assert.Equal(SnakeCase.Names<AnswerKind>(), PlaybookSchema.Strings(Schema.At(Kind("approval"), "properties", "approval", "properties", "answer"), "enum"));

    [Fact]
    public void RetryOn_Enum_EqualsTheFailureKinds() =>
        Assert.Equal(FailureKinds.RetryOn, PlaybookSchema.Strings(Schema.At(Kind("action"), "properties", "retry", "properties", "on", "items"), "enum"));

    [Fact]
    public void BackoffKind_Enum_EqualsTheCSharpEnum() =>
        Assert.Equal(SnakeCase.Names<BackoffKind>(), PlaybookSchema.Strings(Schema.At(Kind("action"), "properties", "retry", "properties", "backoff"), "enum"));

    [Fact]
    public void JoinKind_Enum_EqualsTheCSharpEnum() =>
        Assert.Equal(SnakeCase.Names<JoinKind>(), PlaybookSchema.Strings(Schema.At(Kind("parallel"), "properties", "parallel", "properties", "join"), "enum"));

    [Theory]
    [InlineData("500ms")]
    [InlineData("10s")]
    [InlineData("1h30m")]
    [InlineData("1d2h3m4s5ms")]
    [InlineData("0s")]
    [InlineData("10")]
    [InlineData("s")]
    [InlineData("")]
    [InlineData("1h1h")]
    [InlineData("10s1h")]
    [InlineData("1ms1s")]
    [InlineData("1.5h")]
    [InlineData("-1s")]
    [InlineData("1H")]
    [InlineData("1 h")]
    public void Duration_Pattern_AgreesWithTheLoader(string text)
    {
        var duration = Schema.Resolve(Schema.At(Kind("action"), "properties", "timeout"));
        var matches = text.Length >= duration["minLength"]!.GetValue<int>()
            && Regex.IsMatch(text, duration["pattern"]!.GetValue<string>());

        Assert.Equal(DurationText.TryParse(text, out _), matches);
    }

    [Fact]
    public void EveryRef_NamesANodeOfTheSchema()
    {
        var references = Descendants(Schema.Root).OfType<JsonObject>().Select(o => o["$ref"]).OfType<JsonValue>().Select(r => r.GetValue<string>()).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.IsType<JsonObject>(Schema.Pointer(reference)));
    }

    [Theory]
    [MemberData(nameof(ShippedPlaybooks))]
    public void ShippedPlaybook_HasTheShapeTheSchemaDescribes(string file)
    {
        var document = YamlToJson.Convert(File.ReadAllText(Path.Combine(PlaybooksFolder, file)));

        Assert.Empty(SchemaShapeCheck.Problems(Schema, document));
    }

    /// <summary>The step kind whose kind key is <paramref name="kindKey"/>.</summary>
    private static JsonObject Kind(string kindKey) =>
        Schema.StepKinds.Single(kind => PlaybookSchema.Strings(kind, "required").Contains(kindKey));

    private static IEnumerable<JsonNode> Descendants(JsonNode node) =>
        node switch
        {
            JsonObject obj => obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants).Prepend(node),
            JsonArray list => list.OfType<JsonNode>().SelectMany(Descendants).Prepend(node),
            _ => [node],
        };
}
