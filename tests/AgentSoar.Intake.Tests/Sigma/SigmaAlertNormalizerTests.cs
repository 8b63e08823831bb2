using AgentSoar.Intake.Attack;
using AgentSoar.Intake.Errors;
using AgentSoar.Intake.Ocsf;
using AgentSoar.Intake.Tests.TestSupport;

namespace AgentSoar.Intake.Tests.Sigma;

public sealed class SigmaAlertNormalizerTests
{
    private static readonly string SharedAlert = Path.Combine(RepositoryRoot.SharedTestData, "sigma-alerts", "0ba1da6d-b6ce-4366-828c-18826c9de23e.alert.json");
    private readonly AlertNormalizer _normalizer = new(time: new FixedClock());

    [Fact]
    public void Normalize_SysmonProcessCreation_ExtractsProcessUserAndHashObservables()
    {
        var observables = _normalizer.Normalize(File.ReadAllText(SharedAlert)).Facts.Observables;

        Assert.Contains(new FindingObservable("device.hostname", ObservableType.Hostname, "ar-win-1"), observables);
        Assert.Contains(new FindingObservable("actor.user.name", ObservableType.UserName, @"AR-WIN-1\Administrator"), observables);
        Assert.Contains(new FindingObservable("process.name", ObservableType.ProcessName, "renamed-wscript.exe"), observables);
        Assert.Contains(new FindingObservable("process.file.path", ObservableType.Other, @"C:\Users\Administrator\Downloads\testdata\renamed-wscript.exe"), observables);
        Assert.Contains(new FindingObservable("process.parent_process.name", ObservableType.ProcessName, "cmd.exe"), observables);
        Assert.Contains(new FindingObservable("process.file.original_name", ObservableType.FileName, "wscript.exe"), observables);
        Assert.Contains(new FindingObservable("process.cmd_line", ObservableType.CommandLine, "renamed-wscript.exe"), observables);
        Assert.Contains(new FindingObservable("file.hashes[].value", ObservableType.Hash, "61891e70c5629397dd107066f520d1663c5136ab4366e0cb015ec1d047dffc61"), observables);
        Assert.Contains(new FindingObservable("file.hashes[].value", ObservableType.Hash, "ba3dde938146c1c1a19d6762e0bf5311"), observables);
    }

    [Fact]
    public void Normalize_SysmonProcessCreation_TakesTimeFromTheEventAndKeepsTheRuleAsAnalytic()
    {
        var finding = _normalizer.Normalize(File.ReadAllText(SharedAlert)).Finding;

        Assert.Equal(new DateTimeOffset(2025, 10, 22, 20, 28, 22, 116, TimeSpan.Zero).ToUnixTimeMilliseconds(), finding["time"]!.GetValue<long>());
        Assert.Equal("0ba1da6d-b6ce-4366-828c-18826c9de23e", finding["finding_info"]!["analytic"]!["uid"]!.GetValue<string>());
        Assert.Equal(1, finding["finding_info"]!["analytic"]!["type_id"]!.GetValue<int>());
        Assert.Equal("process_creation", finding["finding_info"]!["analytic"]!["category"]!.GetValue<string>());
        Assert.Equal("Microsoft-Windows-Sysmon/Operational", finding["metadata"]!["log_name"]!.GetValue<string>());
        Assert.Equal(200401, finding["type_uid"]!.GetValue<int>());
        Assert.Equal("High", finding["severity"]!.GetValue<string>());
    }

    [Fact]
    public void Normalize_FlatNetworkEventAndLegacyTags_MapsAddressesPortsAndTacticIds()
    {
        var alert = """
            {"rule": {"id": "r1", "title": "Outbound to rare port", "level": "critical",
                      "tags": ["attack.defense_evasion", "attack.command-and-control", "attack.t1571", "attack.s0190", "attack.g0007", "cve.2021-44228"]},
             "event": {"EventID": 3, "Computer": "ws-7.corp.example", "Image": "C:\\Windows\\System32\\rundll32.exe", "SourceIp": "10.1.2.3",
                       "DestinationIp": "203.0.113.50", "DestinationPort": 8443, "DestinationHostname": "evil.example", "SourcePort": "-",
                       "UtcTime": "2026-01-02 03:04:05.678"}}
            """;

        var result = _normalizer.Normalize(alert);

        var facts = result.Facts;
        Assert.Equal(5, facts.SeverityId);
        Assert.Equal(["T1571"], facts.Techniques);
        Assert.Equal([new AttackTactic("TA0005", "Defense Evasion"), new AttackTactic("TA0011", "Command and Control")], facts.Tactics);
        Assert.Contains(new FindingObservable("src_endpoint.ip", ObservableType.IpAddress, "10.1.2.3"), facts.Observables);
        Assert.Contains(new FindingObservable("dst_endpoint.ip", ObservableType.IpAddress, "203.0.113.50"), facts.Observables);
        Assert.Contains(new FindingObservable("dst_endpoint.port", ObservableType.Port, "8443"), facts.Observables);
        Assert.Contains(new FindingObservable("dst_endpoint.hostname", ObservableType.Hostname, "evil.example"), facts.Observables);
        Assert.DoesNotContain(facts.Observables, o => o.Name == "src_endpoint.port");
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero).ToUnixTimeMilliseconds(), result.Finding["time"]!.GetValue<long>());
    }

    [Fact]
    public void Normalize_EventDataAsNamePairs_ReadsTheNamedValues()
    {
        var alert = """
            {"rule": {"title": "Logon from unusual host", "level": "low"},
             "event": {"Event": {"System": {"Computer": "DC01"}, "EventData": {"Data": [
                 {"@Name": "TargetUserName", "#text": "svc_backup"},
                 {"#attributes": {"Name": "IpAddress"}, "#text": "198.51.100.7"},
                 {"@Name": "WorkstationName", "#text": "KIOSK-3"}]}}}}
            """;

        var facts = _normalizer.Normalize(alert).Facts;

        Assert.Equal("DC01", facts.Hostname);
        Assert.Contains(new FindingObservable("user.name", ObservableType.UserName, "svc_backup"), facts.Observables);
        Assert.Contains(new FindingObservable("src_endpoint.ip", ObservableType.IpAddress, "198.51.100.7"), facts.Observables);
        Assert.Contains(new FindingObservable("src_endpoint.hostname", ObservableType.Hostname, "KIOSK-3"), facts.Observables);
    }

    [Fact]
    public void Normalize_DnsQueryAndFileCreation_GiveDomainAndFileObservables()
    {
        var alert = """
            {"rule": {"title": "t"}, "event": {"QueryName": "update.evil.example", "TargetFilename": "C:\\Users\\Public\\drop.ps1"}}
            """;

        var facts = _normalizer.Normalize(alert).Facts;

        Assert.Contains(new FindingObservable("query.hostname", ObservableType.Hostname, "update.evil.example"), facts.Observables);
        Assert.Contains(new FindingObservable("file.name", ObservableType.FileName, "drop.ps1"), facts.Observables);
        Assert.Contains(new FindingObservable("file.path", ObservableType.Other, @"C:\Users\Public\drop.ps1"), facts.Observables);
        Assert.Equal(0, facts.SeverityId);
    }

    [Fact]
    public void Normalize_NoEventTime_UsesTheClockAndAContentUid()
    {
        const string alert = """{"rule": {"title": "t"}, "event": {}}""";

        var first = _normalizer.Normalize(alert).Finding;
        var second = _normalizer.Normalize(alert).Finding;

        Assert.Equal(FixedClock.Instant.ToUnixTimeMilliseconds(), first["time"]!.GetValue<long>());
        Assert.Equal(first["finding_info"]!["uid"]!.GetValue<string>(), second["finding_info"]!["uid"]!.GetValue<string>());
        Assert.NotEqual(first["finding_info"]!["uid"]!.GetValue<string>(), _normalizer.Normalize("""{"rule": {"title": "u"}, "event": {}}""").Facts.Uid);
    }

    [Theory]
    [InlineData("""{"rule": {"title": "t", "level": "severe"}, "event": {}}""", "$.rule.level", AlertErrorKind.InvalidValue)]
    [InlineData("""{"rule": {"title": "t", "tags": "attack.t1003"}, "event": {}}""", "$.rule.tags", AlertErrorKind.InvalidValue)]
    [InlineData("""{"rule": "title", "event": {}}""", "$.rule", AlertErrorKind.InvalidValue)]
    [InlineData("""{"rule": {"title": 5}, "event": {}}""", "$.rule.title", AlertErrorKind.InvalidValue)]
    [InlineData("""{"rule": {"title": "t"}, "event": []}""", "$.event", AlertErrorKind.InvalidValue)]
    public void Normalize_BadSigmaField_NamesItsPath(string alert, string path, AlertErrorKind kind)
    {
        var error = Assert.Throws<AlertNormalizationException>(() => _normalizer.Normalize(alert)).Error;

        Assert.Equal(path, error.Path);
        Assert.Equal(kind, error.Kind);
    }
}
