using System.Text.Json;
using AgentSoar.Console.Alerts;

namespace AgentSoar.Console.Tests.Alerts;

public sealed class OcsfFindingValidatorTests
{
    /// <summary>Real vendor findings mapped to OCSF by the OCSF project (shared test data beside the repository).</summary>
    public static TheoryData<string> PublishedExamples()
    {
        var folder = Path.Combine(RepositoryRoot.SharedTestData, "ocsf", "examples");
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(folder, "*.detection_finding.ocsf.json").Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublishedExamples))]
    public void Validate_PublishedOcsfDetectionFinding_IsAccepted(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));

        Assert.Empty(OcsfFindingValidator.Validate(document.RootElement));
    }

    [Fact]
    public void Validate_PublishedExamples_AreFound()
    {
        Assert.True(PublishedExamples().Count >= 2);
    }

    [Theory]
    [InlineData("""{"class_uid": "2004"}""", "$.class_uid: required, an integer")]
    [InlineData("""{"class_uid": 3002}""", "$.class_uid: 3002 is not a Detection Finding")]
    [InlineData("""{"finding_info": {"uid": " ", "title": 5}}""", "$.finding_info.uid: required")]
    [InlineData("""{"finding_info": {"uid": "u", "title": 5}}""", "$.finding_info.title: required")]
    [InlineData("""{"severity_id": 7}""", "$.severity_id: required")]
    [InlineData("""{"severity_id": 99}""", "$.time: required")]
    [InlineData("""{"time": "yesterday"}""", "$.time: required")]
    [InlineData("""{"observables": {}}""", "$.observables: must be an array")]
    public void Validate_Problem_IsReportedWithItsPath(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Contains(OcsfFindingValidator.Validate(document.RootElement), e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SeverityNinetyNine_IsAllowed()
    {
        using var document = JsonDocument.Parse("""{"severity_id": 99}""");

        Assert.DoesNotContain(OcsfFindingValidator.Validate(document.RootElement), e => e.StartsWith("$.severity_id", StringComparison.Ordinal));
    }
}
