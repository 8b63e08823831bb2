using System.Text.Json;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Alerts;
using AgentSoar.Contracts.Connectors;
using AgentSoar.Contracts.Planning;
using AgentSoar.Coordinator.Catalog;
using AgentSoar.Hosting.Bus;
using AgentSoar.Storage;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgentSoar.Coordinator.Tests;

/// <summary>
/// The Coordinator alone on an in-memory bus with a SQLite file, its playbooks in a temp folder.
/// Tests play the other tiers by publishing their messages.
/// </summary>
public sealed class CoordinatorHarness : IAsyncDisposable
{
    private readonly string _folder;
    private readonly IHost _host;

    private CoordinatorHarness(string folder, IHost host)
    {
        _folder = folder;
        _host = host;
    }

    /// <summary>A one-step playbook, for tests about something else than what runs.</summary>
    public const string NoopPlaybook = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: noop, name: No-op }
        steps:
          - id: look
            action: intel.lookup
            with: { value: "x" }
        """;

    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    public ICoordinatorStore Store => _host.Services.GetRequiredService<ICoordinatorStore>();

    public AgentSoar.Coordinator.Playbooks.PlaybookRegistry Playbooks => _host.Services.GetRequiredService<AgentSoar.Coordinator.Playbooks.PlaybookRegistry>();

    public string PlaybooksFolder => Path.Combine(_folder, "playbooks");

    public static Task<CoordinatorHarness> StartAsync(string playbookYaml, params string[] morePlaybooks) =>
        StartAsync(new Dictionary<string, string?>(), playbookYaml, morePlaybooks);

    /// <summary>Starts with extra configuration (<c>AgentSoar:...</c> keys) on top of the harness's own.</summary>
    public static async Task<CoordinatorHarness> StartAsync(IReadOnlyDictionary<string, string?> settings, string playbookYaml, params string[] morePlaybooks)
    {
        var folder = Directory.CreateTempSubdirectory("agentsoar-coord-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "playbooks"));
        await File.WriteAllTextAsync(Path.Combine(folder, "playbooks", "test.yaml"), playbookYaml);
        for (var i = 0; i < morePlaybooks.Length; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "playbooks", $"more-{i}.yaml"), morePlaybooks[i]);
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["AgentSoar:Storage:Provider"] = "sqlite";
        builder.Configuration["AgentSoar:Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "test.db")}";
        builder.Configuration["AgentSoar:Coordinator:PlaybooksPath"] = Path.Combine(folder, "playbooks");
        builder.Configuration["AgentSoar:Coordinator:WatchdogInterval"] = "00:00:00.100";
        builder.Configuration["AgentSoar:Coordinator:PlaybookReloadInterval"] = "00:00:00.100";
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddAgentSoarCoordinator();
        builder.AddAgentSoarBus();
        var host = builder.Build();
        await host.StartAsync();
        var harness = new CoordinatorHarness(folder, host);
        await harness.Bus.Publish(new ConnectorCatalogPublished("test", [Connector()], DateTimeOffset.UnixEpoch));

        // Tests that read what the catalog adds (warnings, traits) must not race its arrival.
        await host.Services.GetRequiredService<ConnectorCatalogCache>().WaitUntilAnnouncedAsync(default);
        return harness;
    }

    /// <summary>An OCSF finding with one IP observable, as a SIEM would send it.</summary>
    public static JsonElement Finding { get; } = JsonSerializer.SerializeToElement(new
    {
        class_uid = 2004,
        severity_id = 3,
        time = 1,
        metadata = new { product = new { name = "test" } },
        finding_info = new { uid = "f-1", title = "Beacon" },
        observables = new[] { new { type_id = 2, value = "203.0.113.5" } },
    });

    /// <summary>Plays intake and the planner: an alert opens an incident, and a plan for the playbook starts its run.</summary>
    public async Task<(IncidentRecord Incident, RunRecord Run)> StartRunAsync(string playbookId)
    {
        var alert = new AlertReceived(Guid.NewGuid(), "siem", Finding, "siem", DateTimeOffset.UnixEpoch);
        await Bus.Publish(alert);
        var incident = await WaitForAsync("an incident", async () => (await Store.ListIncidentsAsync(10, default)).SingleOrDefault());
        await Bus.Publish(new PlanProposed(incident.Id, alert.AlertId, "rules", null,
            [new PlanCandidate(playbookId, 1, JsonSerializer.SerializeToElement(new { }), 0.9, "test", [])], TimeSpan.Zero, DateTimeOffset.UnixEpoch));
        var run = await WaitForAsync("a run", async () => (await Store.ListRunsAsync(incident.Id, 10, default)).SingleOrDefault());
        return (incident, run);
    }

    public async Task<T> WaitForAsync<T>(string what, Func<Task<T?>> probe)
        where T : class
    {
        for (var i = 0; i < 150; i++)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Timed out waiting for {what}");
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The undo takes the label the tag was given and the id the tag returned, not the rest.</summary>
    private static readonly JsonElement UndoSchema = JsonSerializer.SerializeToElement(new { type = "object", properties = new { label = new { type = "string" }, tag_id = new { type = "string" } } });

    private static ConnectorInfo Connector()
    {
        var schema = JsonSerializer.SerializeToElement(new { type = "object" });
        return new ConnectorInfo("intel", "1.0.0", "test", Simulated: true,
        [
            new ActionInfo("lookup", "read-only lookup", RiskLevel.Low, Mutating: false, Idempotent: true, null, schema, schema),
            new ActionInfo("tag", "low-risk change", RiskLevel.Low, Mutating: true, Idempotent: true, "untag", schema, schema),
            new ActionInfo("untag", "undoes tag", RiskLevel.Low, Mutating: true, Idempotent: true, null, UndoSchema, schema),
        ]);
    }
}
