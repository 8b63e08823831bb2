using AgentSoar.Intake.Attack;
using AgentSoar.Intake.Ocsf;
using AgentSoar.Intake.Tests.TestSupport;

namespace AgentSoar.Intake.Tests.Mappings;

public sealed class ElasticMappingTests
{
    private readonly AlertNormalizer _normalizer = new(time: new FixedClock());

    [Fact]
    public void Normalize_FlattenedDetectionAlert_IsDetectedAndMapsRuleSeverityTimeAndAttacks()
    {
        var result = _normalizer.Normalize(TestFiles.Read("elastic/credential-dumping.json"));

        Assert.Equal(AlertFormat.Mapping("elastic"), result.Format);
        Assert.Empty(OcsfFindingValidator.Validate(result.Finding));
        var facts = result.Facts;
        Assert.Equal("8f2c0f4e0b5a9d7f1c3e2a6b4d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f80912", facts.Uid);
        Assert.Equal("Potential Credential Access via LSASS Memory Dump", facts.Title);
        Assert.Equal("9960432d-9b26-409f-972b-839a959e79e2", facts.RuleUid);
        Assert.Equal(4, facts.SeverityId);
        Assert.Equal(["T1003", "T1003.001"], facts.Techniques);
        Assert.Equal([new AttackTactic("TA0006", "Credential Access")], facts.Tactics);
        Assert.Equal(DateTimeOffset.Parse("2026-03-14T09:26:53.521Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), result.Finding["time"]!.GetValue<long>());
        Assert.Equal("Elastic Security", result.Finding["metadata"]!["product"]!["name"]!.GetValue<string>());
        Assert.Equal("8.17.2", result.Finding["metadata"]!["product"]!["version"]!.GetValue<string>());
        Assert.Equal("WS-042", facts.Hostname);
    }

    [Fact]
    public void Normalize_FlattenedDetectionAlert_ExtractsTypedObservables()
    {
        var observables = _normalizer.Normalize(TestFiles.Read("elastic/credential-dumping.json")).Facts.Observables;

        Assert.Contains(new FindingObservable("device.hostname", ObservableType.Hostname, "WS-042"), observables);
        Assert.Contains(new FindingObservable("device.ip", ObservableType.IpAddress, "10.20.30.42"), observables);
        Assert.Contains(new FindingObservable("device.ip", ObservableType.IpAddress, "fe80::1c2b:3a4d:5e6f:7081"), observables);
        Assert.Contains(new FindingObservable("dst_endpoint.ip", ObservableType.IpAddress, "203.0.113.9"), observables);
        Assert.Contains(new FindingObservable("dst_endpoint.port", ObservableType.Port, "443"), observables);
        Assert.Contains(new FindingObservable("actor.user.name", ObservableType.UserName, "jdoe"), observables);
        Assert.Contains(new FindingObservable("process.name", ObservableType.ProcessName, "lsass-dump.exe"), observables);
        Assert.Contains(new FindingObservable("process.parent_process.name", ObservableType.ProcessName, "powershell.exe"), observables);
        Assert.Contains(observables, o => o.TypeId == ObservableType.CommandLine && o.Value.Contains("-p 712", StringComparison.Ordinal));
        Assert.Contains(new FindingObservable("process.file.hashes[].value", ObservableType.Hash, "3f786850e387550fdab836ed7e6dc881de23001b3f1e8e2a4c51bcea9d4f2c63"), observables);
        Assert.Contains(new FindingObservable("process.file.path", ObservableType.Other, @"C:\Users\jdoe\AppData\Local\Temp\lsass-dump.exe"), observables);
    }

    [Fact]
    public void Normalize_NestedAlertWithRiskScoreOnly_ReadsNestedKeysAndMapsTheScoreByRange()
    {
        var result = _normalizer.Normalize(TestFiles.Read("elastic/nested-threshold.json"));

        var facts = result.Facts;
        Assert.Equal(AlertFormat.Mapping("elastic"), result.Format);
        Assert.Equal("Multiple Logon Failure from the same Source Address", facts.Title);
        Assert.Equal("48b6edfc-079d-4907-b43c-baffa243270d", facts.RuleUid);
        Assert.Equal(3, facts.SeverityId);
        Assert.Equal(["T1110"], facts.Techniques);
        Assert.Contains(new FindingObservable("src_endpoint.ip", ObservableType.IpAddress, "198.51.100.23"), facts.Observables);
        Assert.Contains(new FindingObservable("user.name", ObservableType.UserName, "administrator"), facts.Observables);
        Assert.Equal("Brute Force", result.Finding["finding_info"]!["attacks"]![0]!["technique"]!["name"]!.GetValue<string>());
    }
}
