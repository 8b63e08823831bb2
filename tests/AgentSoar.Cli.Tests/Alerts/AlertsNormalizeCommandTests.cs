using System.Text.Json.Nodes;
using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.Alerts;

public sealed class AlertsNormalizeCommandTests : IDisposable
{
    private static readonly string SigmaAlert = Path.Combine(RepositoryRoot.SharedTestData, "sigma-alerts", "0ba1da6d-b6ce-4366-828c-18826c9de23e.alert.json");
    private readonly TempFolder _temp = new();

    [Fact]
    public void Normalize_SigmaMatch_PrintsTheFindingAsIndentedJsonAndExitsZero()
    {
        var result = CliRun.Invoke("alerts", "normalize", SigmaAlert);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Empty(result.Error);
        Assert.Contains("\n  \"class_uid\": 2004,", result.Output, StringComparison.Ordinal);
        var finding = JsonNode.Parse(result.Output)!;
        Assert.Equal("0ba1da6d-b6ce-4366-828c-18826c9de23e", finding["finding_info"]!["analytic"]!["uid"]!.GetValue<string>());
        Assert.Equal(4, finding["severity_id"]!.GetValue<int>());
        Assert.Equal(File.ReadAllText(SigmaAlert), finding["raw_data"]!.GetValue<string>());
    }

    [Fact]
    public void Normalize_WazuhAlertWithExplicitMapping_UsesThatMapping()
    {
        var file = _temp.Write("wazuh.json", """{"rule": {"level": 12, "id": "5710", "description": "sshd: Attempt to login using a non-existent user"}, "agent": {"name": "web-01"}, "data": {"srcip": "203.0.113.9"}}""");

        var result = CliRun.Invoke("alerts", "normalize", file, "--format", "mapping:wazuh");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var finding = JsonNode.Parse(result.Output)!;
        Assert.Equal("Wazuh", finding["metadata"]!["product"]!["name"]!.GetValue<string>());
        Assert.Equal(4, finding["severity_id"]!.GetValue<int>());
        Assert.Contains(finding["observables"]!.AsArray(), o => o!["value"]!.GetValue<string>() == "203.0.113.9");
    }

    [Fact]
    public void Normalize_MappingsFolder_AddsItsMappings()
    {
        var folder = _temp.Folder("mappings");
        File.WriteAllText(Path.Combine(folder, "acme.yaml"), "name: acme\nmatch: [ { exists: signature } ]\nproduct: { name: Acme IDS }\nfields: { finding_info.title: { from: signature } }\n");
        var file = _temp.Write("acme.json", """{"signature": "ET SCAN Nmap"}""");

        var result = CliRun.Invoke("alerts", "normalize", file, "--mappings", folder);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Equal("ET SCAN Nmap", JsonNode.Parse(result.Output)!["finding_info"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public void Normalize_UnmappableAlert_ExplainsOnStandardErrorAndExitsTwo()
    {
        var file = _temp.Write("odd.json", """{"what": "no known shape"}""");

        var result = CliRun.Invoke("alerts", "normalize", file);

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.StartsWith($"{file}: unmappable at $: no format fits", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_MissingSigmaTitle_NamesTheJsonPath()
    {
        var file = _temp.Write("sigma.json", """{"rule": {"id": "x", "level": "high"}, "event": {}}""");

        var result = CliRun.Invoke("alerts", "normalize", file, "--format", "sigma");

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("missing field at $.rule.title", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_MalformedJson_ExitsTwo()
    {
        var file = _temp.Write("broken.json", "{\"rule\": ");

        var result = CliRun.Invoke("alerts", "normalize", file);

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("malformed JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_NoSuchFile_ExitsTwo()
    {
        var result = CliRun.Invoke("alerts", "normalize", Path.Combine(_temp.Path, "absent.json"));

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("absent.json: cannot read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_UnknownFormat_IsAUsageError()
    {
        var result = CliRun.Invoke("alerts", "normalize", SigmaAlert, "--format", "splunk");

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("'splunk' is not a format", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_BadMappingsFolder_NamesTheFileAndPlace()
    {
        var folder = _temp.Folder("bad");
        File.WriteAllText(Path.Combine(folder, "x.yaml"), "name: x\nmatch: [ { exists: a } ]\nproduct: { name: P }\nsevrity: {}\n");

        var result = CliRun.Invoke("alerts", "normalize", SigmaAlert, "--mappings", folder);

        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
        Assert.Contains("x.yaml: $.sevrity: unknown key", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
