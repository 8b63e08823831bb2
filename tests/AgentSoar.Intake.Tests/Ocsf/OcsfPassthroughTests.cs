using System.Text.Json.Nodes;
using AgentSoar.Intake.Errors;
using AgentSoar.Intake.Tests.TestSupport;

namespace AgentSoar.Intake.Tests.Ocsf;

public sealed class OcsfPassthroughTests
{
    private static readonly string Examples = Path.Combine(RepositoryRoot.SharedTestData, "ocsf", "examples");
    private readonly AlertNormalizer _normalizer = new(time: new FixedClock());

    [Theory]
    [InlineData("sechub-guardduty.detection_finding.ocsf.json")]
    [InlineData("okta.detection_finding.ocsf.json")]
    public void Normalize_PublishedOcsfExample_PassesThroughUnchanged(string file)
    {
        var text = File.ReadAllText(Path.Combine(Examples, file));

        var result = _normalizer.Normalize(text);

        Assert.Equal(AlertFormat.Ocsf, result.Format);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), result.Finding));
    }

    [Fact]
    public void Normalize_MinimalFinding_KeepsObservables()
    {
        var result = _normalizer.Normalize(TestFiles.Read("ocsf/minimal-finding.json"), AlertFormat.Ocsf);

        Assert.Equal("WS-042", result.Facts.Hostname);
        Assert.Equal(4, result.Facts.SeverityId);
    }

    [Fact]
    public void Normalize_WrongClass_IsRejectedAtClassUid()
    {
        var alert = TestFiles.Read("ocsf/minimal-finding.json").Replace("\"class_uid\": 2004", "\"class_uid\": 2001", StringComparison.Ordinal);

        var error = Assert.Throws<AlertNormalizationException>(() => _normalizer.Normalize(alert)).Error;

        Assert.Equal(AlertErrorKind.InvalidValue, error.Kind);
        Assert.Equal("$.class_uid", error.Path);
        Assert.Contains("2001 is not a Detection Finding", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_MissingUidAndStringSeverity_NamesEveryProblem()
    {
        var alert = """{"class_uid": 2004, "time": 1, "severity_id": "high", "finding_info": {"title": "t"}, "metadata": {"product": {}}}""";

        var error = Assert.Throws<AlertNormalizationException>(() => _normalizer.Normalize(alert)).Error;

        Assert.Equal(AlertErrorKind.MissingField, error.Kind);
        Assert.Equal("$.finding_info.uid", error.Path);
        Assert.Contains("$.severity_id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_TypeUidNotMatchingActivity_IsRejected()
    {
        var alert = TestFiles.Read("ocsf/minimal-finding.json").Replace("200401", "200402", StringComparison.Ordinal);

        var error = Assert.Throws<AlertNormalizationException>(() => _normalizer.Normalize(alert)).Error;

        Assert.Equal("$.type_uid", error.Path);
    }
}
