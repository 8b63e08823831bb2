using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AgentSoar.Cli.Runs;

/// <summary>A thin client of the AgentSoar REST API: the key goes in a header, problem details come back as messages.</summary>
internal sealed class ApiClient(Uri baseUrl, string key, HttpMessageHandler? handler = null) : IDisposable
{
    private readonly HttpClient _http = new(handler ?? new HttpClientHandler(), disposeHandler: handler is null)
    {
        BaseAddress = new Uri(baseUrl, "/api/v1/"),
        Timeout = TimeSpan.FromSeconds(30),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", key) },
    };

    public Task<(JsonNode? Body, string? Error)> GetAsync(string path, CancellationToken ct) =>
        SendAsync(() => _http.GetAsync(path, ct), ct);

    public Task<(JsonNode? Body, string? Error)> PostAsync(string path, JsonNode body, CancellationToken ct) =>
        SendAsync(() => _http.PostAsJsonAsync(path, body, ct), ct);

    public void Dispose() => _http.Dispose();

    private static async Task<(JsonNode? Body, string? Error)> SendAsync(Func<Task<HttpResponseMessage>> send, CancellationToken ct)
    {
        try
        {
            using var response = await send();
            var text = await response.Content.ReadAsStringAsync(ct);
            var body = text.Length == 0 ? null : TryParse(text);
            if (response.IsSuccessStatusCode)
            {
                return (body, null);
            }

            // Problem details (RFC 9457): the title and detail say what is wrong in words a person can act on.
            var detail = body?["detail"]?.ToString() ?? body?["title"]?.ToString() ?? response.ReasonPhrase;
            return (null, $"the server answered {(int)response.StatusCode}: {detail}");
        }
        catch (HttpRequestException e)
        {
            return (null, $"cannot reach the server: {e.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, "the server did not answer within 30 seconds");
        }
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
