using AgentSoar.Intake.Errors;
using AgentSoar.Intake.Mappings;
using AgentSoar.Intake.Tests.TestSupport;

namespace AgentSoar.Intake.Tests.Formats;

public sealed class FormatDetectionTests
{
    private readonly AlertNormalizer _normalizer = new(time: new FixedClock());

    [Fact]
    public void Normalize_Auto_ChoosesOcsfForClassUidSigmaForRuleAndEventAndMappingsByMatch()
    {
        Assert.Equal(AlertFormat.Ocsf, _normalizer.Normalize(TestFiles.Read("ocsf/minimal-finding.json")).Format);
        Assert.Equal(AlertFormat.Sigma, _normalizer.Normalize("""{"rule": {"title": "t"}, "event": {}}""").Format);
        Assert.Equal(AlertFormat.Mapping("wazuh"), _normalizer.Normalize(TestFiles.Read("wazuh/ssh-brute-force.json")).Format);
        Assert.Equal(AlertFormat.Mapping("elastic"), _normalizer.Normalize(TestFiles.Read("elastic/nested-threshold.json")).Format);
    }

    [Fact]
    public void Normalize_AutoWithNothingFitting_IsUnmappableAndSaysWhatEachMappingNeeds()
    {
        var error = Assert.Throws<AlertNormalizationException>(() => _normalizer.Normalize("""{"alert": "something"}""")).Error;

        Assert.Equal(AlertErrorKind.Unmappable, error.Kind);
        Assert.Equal("$", error.Path);
        Assert.Contains("elastic: needs $.kibana.alert.rule.name exists", error.Message, StringComparison.Ordinal);
        Assert.Contains("wazuh: needs $.rule.level exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_TwoMappingsMatch_IsUnmappableAndAsksToChoose()
    {
        var catalog = MappingCatalog.FromYaml(
        [
            KeyValuePair.Create("a.yaml", Mapping("one")),
            KeyValuePair.Create("b.yaml", Mapping("two")),
        ]);

        var error = Assert.Throws<AlertNormalizationException>(() => new AlertNormalizer(catalog).Normalize("""{"msg": "m"}""")).Error;

        Assert.Contains("one and two all match", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_ExplicitFormat_OverridesDetection()
    {
        var error = Assert.Throws<AlertNormalizationException>(() => _normalizer.Normalize(TestFiles.Read("wazuh/ssh-brute-force.json"), AlertFormat.Sigma)).Error;

        Assert.Equal(AlertErrorKind.MissingField, error.Kind);
        Assert.Equal("$.event", error.Path);
    }

    [Fact]
    public void Normalize_UnknownMappingName_ListsTheKnownOnes()
    {
        var error = Assert.Throws<AlertNormalizationException>(() => _normalizer.Normalize("{}", AlertFormat.Mapping("splunk"))).Error;

        Assert.Equal(AlertErrorKind.Unmappable, error.Kind);
        Assert.Contains("no mapping named 'splunk' (known: elastic, wazuh)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryNormalize_GoodAndBadAlerts_ReturnsTheFindingOrTheError()
    {
        var good = _normalizer.TryNormalize("""{"rule": {"title": "t"}, "event": {}}""", null, out var noError);
        var bad = _normalizer.TryNormalize("[]", null, out var error);

        Assert.NotNull(good);
        Assert.Null(noError);
        Assert.Null(bad);
        Assert.Equal(AlertErrorKind.NotAnObject, error!.Kind);
    }

    [Theory]
    [InlineData("auto", AlertFormatKind.Auto, null)]
    [InlineData("ocsf", AlertFormatKind.Ocsf, null)]
    [InlineData("sigma", AlertFormatKind.Sigma, null)]
    [InlineData("mapping:wazuh", AlertFormatKind.Mapping, "wazuh")]
    public void Parse_KnownFormat_GivesKindAndName(string text, AlertFormatKind kind, string? name)
    {
        var format = AlertFormat.Parse(text);

        Assert.Equal(new AlertFormat(kind, name), format);
        Assert.Equal(text, format.ToString());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("mapping:")]
    [InlineData("Sigma")]
    public void Parse_UnknownFormat_Throws(string text) => Assert.Throws<FormatException>(() => AlertFormat.Parse(text));

    private static string Mapping(string name) => $"""
        name: {name}
        match:
          - exists: msg
        product: {"{"} name: P {"}"}
        fields:
          finding_info.title: {"{"} from: msg {"}"}
        """;
}
