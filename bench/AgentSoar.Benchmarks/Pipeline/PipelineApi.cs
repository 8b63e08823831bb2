using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AgentSoar.Benchmarks.Services;

namespace AgentSoar.Benchmarks.Pipeline;

/// <summary>The REST calls the benchmark makes: posting alerts as a source, reading runs as an analyst.</summary>
internal sealed class PipelineApi : IDisposable
{
    private static readonly string[] Finished = ["succeeded", "failed", "denied", "cancelled", "timed_out", "rolled_back"];
    private readonly HttpClient _ingest;
    private readonly HttpClient _reader;
    private readonly HttpClient _responder;

    public PipelineApi(IPipelineEndpoint service, int connections)
    {
        _ingest = Client(service.BaseUrl, service.Keys.Ingest, connections);
        _reader = Client(service.BaseUrl, service.Keys.Reader, 2);
        _responder = Client(service.BaseUrl, service.Keys.Responder, 2);
    }

    /// <returns>The accepted alert's id.</returns>
    public async Task<string> PostAlertAsync(string json, CancellationToken ct)
    {
        using var response = await _ingest.PostAsync("/api/v1/alerts", new StringContent(json, Encoding.UTF8, "application/json"), ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"POST /alerts: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.GetProperty("alert_id").GetString()!;
    }

    /// <summary>The newest runs (at most 500, the API's limit) created at or after <paramref name="since"/> that have finished.</summary>
    public async Task<IReadOnlyList<JsonElement>> FinishedRunsSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        var runs = await GetAsync("/api/v1/runs?limit=500", ct);
        return runs.EnumerateArray()
            .Where(r => r.GetProperty("created_at").GetDateTimeOffset() >= since && Finished.Contains(r.GetProperty("status").GetString()))
            .ToList();
    }

    /// <summary>The incident an alert opened (null while intake has not recorded it) and whether intake folded it into another.</summary>
    public async Task<(string? IncidentId, bool Duplicate)> IncidentOfAsync(string alertId, CancellationToken ct)
    {
        using var response = await _reader.GetAsync($"/api/v1/alerts/{alertId}", ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return (null, false);
        }

        var alert = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
        var duplicate = alert.TryGetProperty("duplicate_of", out var of) && of.ValueKind != JsonValueKind.Null;
        return (alert.GetProperty("incident_id").GetString(), duplicate);
    }

    /// <summary>Approves an approval as the benchmark's responder, for the hash it was asked with.</summary>
    public async Task ApproveAsync(Guid approvalId, string actionHash, CancellationToken ct)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["decision"] = "approve", ["reason"] = "benchmark", ["action_hash"] = actionHash });
        using var response = await _responder.PostAsync($"/api/v1/approvals/{approvalId}/decision", new StringContent(body, Encoding.UTF8, "application/json"), ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /approvals/{approvalId}/decision: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }
    }

    public async Task<IReadOnlyList<JsonElement>> RunsOfIncidentAsync(string incidentId, CancellationToken ct) =>
        (await GetAsync($"/api/v1/runs?incident={incidentId}&limit=500", ct)).EnumerateArray().ToList();

    public void Dispose()
    {
        _ingest.Dispose();
        _reader.Dispose();
        _responder.Dispose();
    }

    private async Task<JsonElement> GetAsync(string path, CancellationToken ct)
    {
        using var response = await _reader.GetAsync(path, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static HttpClient Client(string baseUrl, string key, int connections)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
