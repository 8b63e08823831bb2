using System.Text.Json;
using AgentSoar.Intake.Errors;
using AgentSoar.Intake.Ocsf;

namespace AgentSoar.Intake.Tests.Ocsf;

public sealed class OcsfFindingValidatorTests
{
    [Fact]
    public void Validate_EmptyObject_ReportsEveryRequiredFieldWithItsPath()
    {
        using var doc = JsonDocument.Parse("{}");

        var paths = OcsfFindingValidator.Validate(doc.RootElement).Select(e => e.Path).ToList();

        Assert.Equal(["$.class_uid", "$.finding_info", "$.severity_id", "$.time", "$.metadata"], paths);
    }

    [Fact]
    public void Validate_Array_IsNotAnObject()
    {
        using var doc = JsonDocument.Parse("[]");

        var error = Assert.Single(OcsfFindingValidator.Validate(doc.RootElement));

        Assert.Equal(AlertErrorKind.NotAnObject, error.Kind);
    }

    [Fact]
    public void Validate_ObservableWithoutTypeId_NamesItsIndex()
    {
        using var doc = JsonDocument.Parse("""
            {"class_uid": 2004, "time": 1, "severity_id": 1, "finding_info": {"uid": "u", "title": "t"}, "metadata": {"product": {"name": "p"}},
             "observables": [{"type_id": 1, "value": "h"}, {"value": "x"}]}
            """);

        var error = Assert.Single(OcsfFindingValidator.Validate(doc.RootElement));

        Assert.Equal("$.observables[1]", error.Path);
    }
}
