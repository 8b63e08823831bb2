using System.Text.Json;

namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>AgentSoar running as real processes, with an HTTP sink its webhook connector posts to.</summary>
public abstract class Deployment : IAsyncDisposable
{
    protected Deployment()
    {
        ApiPort = FreePort.Next();
    }

    internal HttpSink Sink { get; } = new();

    public int ApiPort { get; }

    public string ApiBase => $"http://127.0.0.1:{ApiPort}";

    public abstract IReadOnlyList<ServiceProcess> Processes { get; }

    public ApiClient Client(string? key = TestKeys.Admin) => new(ApiBase, key);

    /// <summary>Settings every deployment shares: keys, and the webhook connector pointed at the sink for real.</summary>
    protected Dictionary<string, string> CommonEnvironment() => new(TestKeys.Environment())
    {
        ["AgentSoar__Connectors__webhook__Endpoints__soc__Url"] = Sink.Url,
        ["AgentSoar__Connectors__webhook__Simulation"] = "false",
        ["AgentSoar__Coordinator__WatchdogInterval"] = "00:00:00.500",
        ["AgentSoar__Coordinator__OutboxRetryAfter"] = "00:00:01",
        ["AgentSoar__Accounts__FirstAdmin__UserName"] = TestKeys.FirstAdminName,
        ["AgentSoar__Accounts__FirstAdmin__Password"] = TestKeys.FirstAdminPassword,
    };

    public string Diagnostics() =>
        string.Join(Environment.NewLine, Processes.Select(p => $"---- {p.Name}{(p.HasExited ? " (exited)" : string.Empty)} ----{Environment.NewLine}{p.Output}"));

    /// <summary>Waits until the API answers and the Coordinator knows the connectors (the hosts announced their catalogs).</summary>
    public async Task WaitUntilReadyAsync(string coordinatorHealthUrl)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.GetAsync("the Coordinator to know the connectors", async () =>
        {
            using var response = await http.GetAsync(coordinatorHealthUrl);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return body.GetProperty("checks").TryGetProperty("coordinator", out var c) && c.GetProperty("status").GetString() == "healthy" ? "ready" : null;
        }, TimeSpan.FromSeconds(90), Diagnostics);
        await Eventually.GetAsync("the API to answer", async () =>
        {
            using var response = await http.GetAsync($"{ApiBase}/health");
            return response.IsSuccessStatusCode ? "ready" : null;
        }, TimeSpan.FromSeconds(60), Diagnostics);
    }

    public virtual ValueTask DisposeAsync()
    {
        foreach (var process in Processes)
        {
            process.Dispose();
        }

        Sink.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
