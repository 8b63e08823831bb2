using System.Text.Json;
using AgentSoar.Coordinator.Intake;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Tests.Intake;

public sealed class AlertKeysTests
{
    private static readonly IntakeOptions Defaults = new();

    [Fact]
    public void Fingerprint_SameDetectionAndObservablesInAnotherOrderCaseAndPorts_IsTheSame()
    {
        var first = Finding("rule-1", (1, "WS-042"), (2, "10.0.0.5"), (11, "49152"), (15, "4242"));
        var repeat = Finding("rule-1", (2, "10.0.0.5"), (1, "ws-042"), (11, "50001"), (15, "777"));

        Assert.Equal(AlertKeys.Of(first, Defaults).Fingerprint, AlertKeys.Of(repeat, Defaults).Fingerprint);
    }

    [Theory]
    [InlineData("rule-2", "10.0.0.5")]
    [InlineData("rule-1", "10.0.0.6")]
    public void Fingerprint_AnotherRuleOrObservable_Differs(string rule, string ip)
    {
        var first = Finding("rule-1", (1, "ws-042"), (2, "10.0.0.5"));
        var other = Finding(rule, (1, "ws-042"), (2, ip));

        Assert.NotEqual(AlertKeys.Of(first, Defaults).Fingerprint, AlertKeys.Of(other, Defaults).Fingerprint);
    }

    [Fact]
    public void Correlation_HostsUsersAndAddresses_AreKeptLowerCaseAndCanonical()
    {
        var finding = Finding("r", (1, "WS-042"), (4, "CORP\\Alice"), (2, "2001:DB8::0001"), (8, "abc123"), (6, "http://x.example/"));

        var keys = AlertKeys.Of(finding, Defaults).Correlation;

        Assert.Equal([new IncidentKey("host", "ws-042"), new IncidentKey("user", "corp\\alice"), new IncidentKey("ip", "2001:db8::1")], keys);
    }

    [Fact]
    public void Correlation_ValuesThatSayNothing_AreLeftOut()
    {
        var options = new IntakeOptions();
        options.IgnoreValues.Add("198.51.100.99");
        var finding = Finding("r", (2, "127.0.0.1"), (2, "::1"), (2, "0.0.0.0"), (4, "SYSTEM"), (4, "-"), (1, "localhost"), (2, "198.51.100.99"), (2, "not an ip"));

        Assert.Empty(AlertKeys.Of(finding, options).Correlation);
    }

    [Fact]
    public void Correlation_OnlyTheConfiguredKinds()
    {
        var options = new IntakeOptions();
        options.CorrelateOn.Clear();
        options.CorrelateOn.Add("ip");
        var finding = Finding("r", (1, "ws-042"), (4, "alice"), (2, "10.0.0.5"));

        Assert.Equal([new IncidentKey("ip", "10.0.0.5")], AlertKeys.Of(finding, options).Correlation);
    }

    [Fact]
    public void Of_FindingWithoutObservables_StillHasAFingerprint()
    {
        var finding = JsonSerializer.SerializeToElement(new { class_uid = 2004, finding_info = new { title = "x" } });

        var keys = AlertKeys.Of(finding, Defaults);

        Assert.Equal(64, keys.Fingerprint.Length);
        Assert.Empty(keys.Correlation);
    }

    [Fact]
    public void Problems_UnknownKindAndNegativeWindow_AreEachNamed()
    {
        var options = new IntakeOptions { DeduplicationWindow = TimeSpan.FromSeconds(-1) };
        options.CorrelateOn.Add("mac");

        var problems = options.Problems().ToList();

        Assert.Contains(problems, p => p.Contains("DeduplicationWindow", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'mac'", StringComparison.Ordinal));
    }

    private static JsonElement Finding(string rule, params (int TypeId, string Value)[] observables) => JsonSerializer.SerializeToElement(new
    {
        class_uid = 2004,
        metadata = new { product = new { name = "Sysmon" } },
        finding_info = new { uid = Guid.NewGuid().ToString(), title = "t", analytic = new { uid = rule } },
        observables = observables.Select(o => new { type_id = o.TypeId, value = o.Value }),
    });
}
