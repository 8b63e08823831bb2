using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using AgentSoar.Console;
using AgentSoar.Coordinator;
using AgentSoar.Hosting;
using AgentSoar.Hosting.Bus;
using Microsoft.AspNetCore.Builder;

namespace AgentSoar.Connectors.Cases.Tests.TestSupport;

/// <summary>
/// The real API and Coordinator in this process (in-memory bus, SQLite in a temp folder) on a free loopback port:
/// what the cases connector calls. Keys: <see cref="AnalystKey"/> (analyst), <see cref="IngestKey"/> (ingest only).
/// </summary>
internal sealed class AgentSoarApi : IAsyncDisposable
{
    public const string AnalystKey = "cases-analyst-key-0123456789";
    public const string IngestKey = "cases-ingest-key-0123456789";

    private readonly WebApplication _app;
    private readonly string _folder;

    private AgentSoarApi(WebApplication app, string folder, string url)
    {
        _app = app;
        _folder = folder;
        Url = url;
    }

    public string Url { get; }

    public static async Task<AgentSoarApi> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("agentsoar-cases-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "playbooks"));
        var url = $"http://127.0.0.1:{FreePort()}";
        var builder = WebApplication.CreateBuilder();
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = url,
            ["AgentSoar:Bus:Transport"] = "inmemory",
            ["AgentSoar:Storage:Provider"] = "sqlite",
            ["AgentSoar:Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "test.db")}",
            ["AgentSoar:Coordinator:PlaybooksPath"] = Path.Combine(folder, "playbooks"),
            ["AgentSoar:Api:Keys:0:Name"] = "playbooks",
            ["AgentSoar:Api:Keys:0:Key"] = AnalystKey,
            ["AgentSoar:Api:Keys:0:Roles:0"] = "analyst",
            ["AgentSoar:Api:Keys:1:Name"] = "siem",
            ["AgentSoar:Api:Keys:1:Key"] = IngestKey,
            ["AgentSoar:Api:Keys:1:Roles:0"] = "ingest",
        };
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.AddAgentSoarDefaults("cases-tests");
        builder.AddAgentSoarConsole();
        builder.AddAgentSoarCoordinator();
        builder.AddAgentSoarBus();
        var app = builder.Build();
        app.MapAgentSoarApi();
        await app.StartAsync();
        return new AgentSoarApi(app, folder, url);
    }

    /// <summary>Posts an alert and waits for the incident it opens.</summary>
    public async Task<Guid> OpenIncidentAsync()
    {
        using var http = Client(IngestKey);
        // A title of its own: alerts alike would be folded into one incident as repeats.
        var uid = Guid.NewGuid().ToString();
        var finding = new
        {
            class_uid = 2004,
            severity_id = 3,
            time = 1,
            metadata = new { product = new { name = "test" } },
            finding_info = new { uid, title = "Beacon " + uid },
        };
        using var posted = await http.PostAsJsonAsync("/api/v1/alerts", finding);
        posted.EnsureSuccessStatusCode();
        var alertId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alert_id").GetString();
        using var reader = Client(AnalystKey);
        for (var i = 0; i < 100; i++)
        {
            using var alert = await reader.GetAsync($"/api/v1/alerts/{alertId}");
            if (alert.IsSuccessStatusCode)
            {
                return (await alert.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("incident_id").GetGuid();
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the alert opened no incident");
    }

    /// <summary>The incident's details as the API shows them.</summary>
    public async Task<JsonElement> IncidentAsync(Guid id)
    {
        using var http = Client(AnalystKey);
        return await http.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}");
    }

    public async Task<IReadOnlyList<JsonElement>> AuditAsync(Guid incident)
    {
        using var http = Client(AnalystKey);
        var audit = await http.GetFromJsonAsync<JsonElement>($"/api/v1/audit?incident={incident}");
        return audit.GetProperty("entries").EnumerateArray().ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private HttpClient Client(string key)
    {
        var http = new HttpClient { BaseAddress = new Uri(Url) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
