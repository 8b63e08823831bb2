using AgentSoar.Intake.Errors;
using AgentSoar.Intake.Tests.TestSupport;

namespace AgentSoar.Intake.Tests.Errors;

public sealed class HostileInputTests
{
    private readonly AlertNormalizer _normalizer = new(time: new FixedClock());

    [Theory]
    [InlineData("{\"rule\": ", AlertErrorKind.MalformedJson)]
    [InlineData("not json", AlertErrorKind.MalformedJson)]
    [InlineData("", AlertErrorKind.MalformedJson)]
    [InlineData("[1, 2]", AlertErrorKind.NotAnObject)]
    [InlineData("\"text\"", AlertErrorKind.NotAnObject)]
    [InlineData("null", AlertErrorKind.NotAnObject)]
    public void Normalize_NotAJsonObject_IsATypedError(string text, AlertErrorKind kind)
    {
        var error = Assert.Throws<AlertNormalizationException>(() => _normalizer.Normalize(text)).Error;

        Assert.Equal(kind, error.Kind);
    }

    [Fact]
    public void Normalize_MalformedJson_SaysWhere()
    {
        var error = Assert.Throws<AlertNormalizationException>(() => _normalizer.Normalize("{\n \"a\": [1,,2]\n}")).Error;

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_LargerThanTheLimit_IsRefusedBeforeParsing()
    {
        var normalizer = new AlertNormalizer(limits: new AlertLimits { MaxBytes = 100 });

        var error = Assert.Throws<AlertNormalizationException>(() => normalizer.Normalize("{\"a\": \"" + new string('x', 200) + "\"}")).Error;

        Assert.Equal(AlertErrorKind.TooLarge, error.Kind);
    }

    [Fact]
    public void Normalize_NestedDeeperThanTheLimit_IsTooLarge()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);

        var error = Assert.Throws<AlertNormalizationException>(() => _normalizer.Normalize(deep)).Error;

        Assert.Equal(AlertErrorKind.TooLarge, error.Kind);
    }

    [Fact]
    public void Normalize_ThousandsOfObservableFields_KeepsAtMostTheLimit()
    {
        var normalizer = new AlertNormalizer(limits: new AlertLimits { MaxObservables = 5 });
        var ips = string.Join(',', Enumerable.Range(1, 500).Select(i => $"\"10.0.{i / 250}.{i % 250}\""));
        var alert = $$$"""{"rule": {"level": 3, "id": "1", "description": "d"}, "agent": {"name": "a"}, "data": {"srcip": [{{{ips}}}]}}""";

        var finding = normalizer.Normalize(alert).Finding;

        Assert.Equal(5, finding["observables"]!.AsArray().Count);
    }

    [Fact]
    public void Normalize_SigmaWithoutTitle_NamesTheRulePath()
    {
        var error = Assert.Throws<AlertNormalizationException>(() => _normalizer.Normalize("""{"rule": {"id": "x"}, "event": {}}""")).Error;

        Assert.Equal(AlertErrorKind.MissingField, error.Kind);
        Assert.Equal("$.rule.title", error.Path);
    }

    [Fact]
    public void Normalize_MappedAlertWithoutTitle_NamesTheSourcePath()
    {
        var error = Assert.Throws<AlertNormalizationException>(() => _normalizer.Normalize("""{"rule": {"level": 3, "id": "1"}, "agent": {"name": "a"}}""")).Error;

        Assert.Equal(AlertErrorKind.MissingField, error.Kind);
        Assert.Equal("$.rule.description", error.Path);
        Assert.Contains("mapping 'wazuh'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_MappedValueOfTheWrongType_NamesTheSourcePath()
    {
        var error = Assert.Throws<AlertNormalizationException>(() => _normalizer.Normalize("""{"rule": {"level": 3, "id": "1", "description": "d"}, "agent": {"name": "a"}, "timestamp": "yesterday"}""")).Error;

        Assert.Equal(AlertErrorKind.InvalidValue, error.Kind);
        Assert.Equal("$.timestamp", error.Path);
    }
}
