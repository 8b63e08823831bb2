using System.Collections.Concurrent;
using System.Text.Json;
using AgentSoar.Contracts.Alerts;
using AgentSoar.Contracts.Incidents;
using AgentSoar.Contracts.Planning;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Tests.Intake;

/// <summary>Intake through the bus: repeats fold in, related alerts join, the rest open incidents; each with its reason.</summary>
public sealed class AlertGroupingIntakeTests
{
    private const string Playbook = CoordinatorHarness.NoopPlaybook;

    [Fact]
    public async Task Intake_ARepeat_FoldsIntoTheFirstsIncidentCountedAndNotPlannedAgain()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        var plans = Watch(harness);

        var first = await ReceiveAsync(harness, Finding("rule-7", 3, (1, "ws-042"), (11, "50000")));
        var repeat = await ReceiveAsync(harness, Finding("rule-7", 3, (1, "WS-042"), (11, "50001")));

        var incident = Assert.Single(await harness.Store.ListIncidentsAsync(10, default));
        Assert.Equal((1, 1), (incident.AlertCount, incident.DuplicateCount));
        Assert.Equal(first, (await harness.Store.GetAlertAsync(repeat, default))!.DuplicateOf);
        var deduplicated = Assert.Single(await Audit(harness, incident.Id, "alert_deduplicated"));
        Assert.Contains($"a repeat of alert {first}", deduplicated.DataJson, StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Equal([first], plans.Select(p => p.AlertId));
    }

    [Fact]
    public async Task Intake_AnAlertSharingAHost_JoinsTheOpenIncidentWithTheReasonAndIsPlanned()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        var plans = Watch(harness);

        var first = await ReceiveAsync(harness, Finding("powershell", 2, (1, "ws-042"), (4, "alice")));
        var second = await ReceiveAsync(harness, Finding("credential-dump", 4, (1, "WS-042"), (2, "10.1.1.1")));

        var incident = Assert.Single(await harness.Store.ListIncidentsAsync(10, default));
        Assert.Equal((2, 0, 4), (incident.AlertCount, incident.DuplicateCount, incident.SeverityId));
        Assert.Equal(incident.Id, (await harness.Store.GetAlertAsync(second, default))!.IncidentId);
        var correlated = Assert.Single(await Audit(harness, incident.Id, "alert_correlated"));
        Assert.Contains($"shares host ws-042 with incident {incident.Id}", correlated.DataJson, StringComparison.Ordinal);
        await harness.WaitForAsync("two plan requests", () => Task.FromResult(plans.Count == 2 ? plans : null));
        Assert.Equal(new[] { first, second }.Order(), plans.Select(p => p.AlertId).Order());
    }

    [Fact]
    public async Task Intake_TheSharedIncidentIsClosed_OpensANewOne()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        await ReceiveAsync(harness, Finding("rule-1", 3, (2, "10.9.9.9")));
        var first = Assert.Single(await harness.Store.ListIncidentsAsync(10, default));
        var close = await harness.Bus.CreateRequestClient<CloseIncident>().GetResponse<IncidentChangeResult>(new CloseIncident(first.Id, "benign", null, "alice"));
        Assert.Equal(IncidentChangeOutcome.Changed, close.Message.Outcome);

        await ReceiveAsync(harness, Finding("rule-1", 3, (2, "10.9.9.9")));

        Assert.Equal(2, (await harness.Store.ListIncidentsAsync(10, default)).Count);
    }

    [Fact]
    public async Task Intake_WindowsTurnedOff_EveryAlertOpensItsOwnIncident()
    {
        var settings = new Dictionary<string, string?>
        {
            ["AgentSoar:Coordinator:Intake:DeduplicationWindow"] = "00:00:00",
            ["AgentSoar:Coordinator:Intake:CorrelationWindow"] = "00:00:00",
        };
        await using var harness = await CoordinatorHarness.StartAsync(settings, Playbook);

        await ReceiveAsync(harness, Finding("rule-1", 3, (1, "ws-1")));
        await ReceiveAsync(harness, Finding("rule-1", 3, (1, "ws-1")));

        Assert.Equal(2, (await harness.Store.ListIncidentsAsync(10, default)).Count);
    }

    [Fact]
    public async Task Intake_AfterTheWindows_ARepeatOpensANewIncident()
    {
        var settings = new Dictionary<string, string?>
        {
            ["AgentSoar:Coordinator:Intake:DeduplicationWindow"] = "00:00:00.500",
            ["AgentSoar:Coordinator:Intake:CorrelationWindow"] = "00:00:00.500",
        };
        await using var harness = await CoordinatorHarness.StartAsync(settings, Playbook);

        await ReceiveAsync(harness, Finding("rule-1", 3, (1, "ws-1")));
        await Task.Delay(800);
        await ReceiveAsync(harness, Finding("rule-1", 3, (1, "ws-1")));

        Assert.All(await harness.Store.ListIncidentsAsync(10, default), i => Assert.Equal((1, 0), (i.AlertCount, i.DuplicateCount)));
        Assert.Equal(2, (await harness.Store.ListIncidentsAsync(10, default)).Count);
    }

    private static ConcurrentQueue<PlanRequested> Watch(CoordinatorHarness harness)
    {
        var seen = new ConcurrentQueue<PlanRequested>();
        harness.Bus.ConnectReceiveEndpoint("test-plan-requests-" + Guid.NewGuid().ToString("N"), e => e.Handler<PlanRequested>(c =>
        {
            seen.Enqueue(c.Message);
            return Task.CompletedTask;
        }));
        return seen;
    }

    private static async Task<Guid> ReceiveAsync(CoordinatorHarness harness, JsonElement finding)
    {
        var id = Guid.NewGuid();
        await harness.Bus.Publish(new AlertReceived(id, "siem", finding, "siem", TimeProvider.System.GetUtcNow()));
        await harness.WaitForAsync("the alert to be recorded", () => harness.Store.GetAlertAsync(id, default));
        return id;
    }

    private static async Task<IReadOnlyList<AuditEntry>> Audit(CoordinatorHarness harness, Guid incident, string kind) =>
        (await harness.Store.ListAuditAsync(incident, null, 0, 500, default)).Where(e => e.Kind == kind).ToList();

    private static JsonElement Finding(string rule, int severity, params (int TypeId, string Value)[] observables) => JsonSerializer.SerializeToElement(new
    {
        class_uid = 2004,
        severity_id = severity,
        time = 1,
        metadata = new { product = new { name = "Sysmon" } },
        finding_info = new { uid = Guid.NewGuid().ToString(), title = rule, analytic = new { uid = rule } },
        observables = observables.Select(o => new { type_id = o.TypeId, value = o.Value }),
    });
}
