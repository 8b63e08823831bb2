using static AgentSoar.Playbooks.Tests.Loading.LoadAssert;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class MappingReaderTests
{
    private static string Minimal(string find, string replace) => SamplePlaybooks.Minimal.Replace(find, replace, StringComparison.Ordinal);

    [Fact]
    public void Read_MisspeltKey_SuggestsTheClosestKnownKey()
    {
        var result = Load(Minimal("    action:", "    acton:"));

        Has(result, 8, 5, "unknown key 'acton' in a step; did you mean 'action'?");
        Has(result, 7, 5, "step 'only' says nothing to do");
        Assert.Equal(2, result.Diagnostics.Count);
    }

    [Fact]
    public void Read_UnknownKeyWithNothingClose_ListsTheKnownKeys() =>
        Single(Minimal("  name: Minimal", "  name: Minimal\n  owner: me"), 6, 3, "unknown key 'owner' in metadata (expected id, name, version, description, tags)");

    [Fact]
    public void Read_MisspeltTopLevelKey_IsSuggestedAndTheMissingKeyReported()
    {
        var result = Load(Minimal("steps:", "step:"));

        Has(result, 6, 1, "unknown key 'step' in the playbook; did you mean 'steps'?");
        Has(result, 1, 1, "missing required key 'steps' in the playbook");
    }

    [Fact]
    public void Read_MissingRequiredKey_IsReportedAtTheMapping() =>
        Single(Minimal("  name: Minimal\n", string.Empty), 4, 3, "missing required key 'name' in metadata");

    [Theory]
    [InlineData("three", "the string 'three'")]
    [InlineData("0", "the number 0")]
    [InlineData("1.5", "the number 1.5")]
    [InlineData("[1]", "a list")]
    public void Read_VersionThatIsNotAPositiveInteger_IsReported(string version, string described) =>
        Single(Minimal("  name: Minimal", $"  name: Minimal\n  version: {version}"), 6, 12, $"'version' must be a whole number of at least 1, not {described}");

    [Fact]
    public void Read_TagsThatAreNotAList_AreReported() =>
        Single(Minimal("  name: Minimal", "  name: Minimal\n  tags: containment"), 6, 9, "'tags' must be a list of strings, not the string 'containment'");

    [Fact]
    public void Read_NameThatIsAMapping_IsReported() =>
        Single(Minimal("  name: Minimal", "  name: { first: M }"), 5, 9, "'name' must be a string, not a mapping");

    [Fact]
    public void Read_WithThatIsAList_IsReported() =>
        Single(Minimal("with: { text: hello }", "with: [1]"), 9, 11, "'with' must be a mapping, not a list");

    [Theory]
    [InlineData("10x", "'timeout' must be a duration, a number and a unit (ms, s, m, h, d), largest unit first, like 500ms, 10s, 15m, 24h, 7d or 1h30m; not the string '10x'")]
    [InlineData("10", "'timeout' must be a duration")]
    [InlineData("30m1h", "'timeout' must be a duration")]
    [InlineData("0s", "'timeout' must be longer than 0s")]
    public void Read_BadTimeout_IsReportedAtTheValue(string timeout, string message) =>
        Single(SamplePlaybooks.Minimal + $"\n    timeout: {timeout}", 10, 14, message);

    [Fact]
    public void Read_UnknownEnumValue_ListsTheChoices() =>
        Single(SamplePlaybooks.Minimal + "\n    on_failure: retry", 10, 17, "'on_failure' must be one of fail, continue, not the string 'retry'");
}
