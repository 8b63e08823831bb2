using AgentSoar.Intake.Attack;
using AgentSoar.Intake.Ocsf;
using AgentSoar.Intake.Tests.TestSupport;

namespace AgentSoar.Intake.Tests.Mappings;

public sealed class WazuhMappingTests
{
    private readonly AlertNormalizer _normalizer = new(time: new FixedClock());

    [Fact]
    public void Normalize_SshBruteForce_IsDetectedAndMapsLevelMitreAndTime()
    {
        var result = _normalizer.Normalize(TestFiles.Read("wazuh/ssh-brute-force.json"));

        Assert.Equal(AlertFormat.Mapping("wazuh"), result.Format);
        Assert.Empty(OcsfFindingValidator.Validate(result.Finding));
        var facts = result.Facts;
        Assert.Equal("1710414153.8213", facts.Uid);
        Assert.Equal("5712", facts.RuleUid);
        Assert.Equal("sshd: brute force trying to get access to the system. Non existent user.", facts.Title);
        Assert.Equal(3, facts.SeverityId);
        Assert.Equal(["T1110"], facts.Techniques);
        Assert.Equal([new AttackTactic("TA0006", "Credential Access")], facts.Tactics);
        Assert.Equal("Brute Force", result.Finding["finding_info"]!["attacks"]![0]!["technique"]!["name"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 11, 2, 33, 417, TimeSpan.Zero).ToUnixTimeMilliseconds(), result.Finding["time"]!.GetValue<long>());
        Assert.Equal("web-01", facts.Hostname);
    }

    [Fact]
    public void Normalize_SshBruteForce_ExtractsSourceAddressPortAndUser()
    {
        var observables = _normalizer.Normalize(TestFiles.Read("wazuh/ssh-brute-force.json")).Facts.Observables;

        Assert.Contains(new FindingObservable("src_endpoint.ip", ObservableType.IpAddress, "203.0.113.9"), observables);
        Assert.Contains(new FindingObservable("src_endpoint.port", ObservableType.Port, "52130"), observables);
        Assert.Contains(new FindingObservable("actor.user.name", ObservableType.UserName, "oracle"), observables);
        Assert.Contains(new FindingObservable("device.ip", ObservableType.IpAddress, "10.0.2.15"), observables);
    }

    [Fact]
    public void Normalize_WindowsEventLevel15_IsCriticalWithProcessObservablesAndOffsetTime()
    {
        var result = _normalizer.Normalize(TestFiles.Read("wazuh/windows-mimikatz.json"));

        var facts = result.Facts;
        Assert.Equal(5, facts.SeverityId);
        Assert.Equal(["T1003.001"], facts.Techniques);
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 7, 15, 2, 991, TimeSpan.Zero).ToUnixTimeMilliseconds(), result.Finding["time"]!.GetValue<long>());
        Assert.Contains(new FindingObservable("process.name", ObservableType.ProcessName, "mimi.exe"), facts.Observables);
        Assert.Contains(new FindingObservable("process.parent_process.name", ObservableType.ProcessName, "cmd.exe"), facts.Observables);
        Assert.Contains(new FindingObservable("actor.user.name", ObservableType.UserName, @"CORP\alice"), facts.Observables);
        Assert.Contains(new FindingObservable("device.hostname", ObservableType.Hostname, "WS-017.corp.example"), facts.Observables);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(5, 2)]
    [InlineData(7, 3)]
    [InlineData(11, 3)]
    [InlineData(12, 4)]
    [InlineData(14, 4)]
    [InlineData(15, 5)]
    public void Normalize_RuleLevel_GivesTheSeverityBand(int level, int severityId)
    {
        var alert = $$$"""{"rule": {"level": {{{level}}}, "id": "100", "description": "x"}, "agent": {"name": "a"}}""";

        Assert.Equal(severityId, _normalizer.Normalize(alert).Facts.SeverityId);
    }
}
