using System.Net;
using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>What each service's <c>GET /health</c> answers, as a probe of an orchestrator would see it.</summary>
public static class ServiceHealth
{
    /// <summary>One service's answer: the status code and the JSON body (or why there was none).</summary>
    public sealed record Answer(HttpStatusCode? Status, string Body)
    {
        public override string ToString() => $"{(Status is { } s ? (int)s : "no answer")} {Body}";
    }

    public static async Task<Answer> ReadAsync(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(url);
            return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new Answer(null, ex.Message);
        }
    }

    /// <summary>
    /// Waits until every service in <paramref name="services"/> answers <paramref name="expected"/>
    /// (200 healthy, 503 unhealthy) and returns their answers.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, Answer>> WaitForAsync(
        DistributedDeployment deployment, IEnumerable<string> services, HttpStatusCode expected, TimeSpan timeout, Func<string> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        var names = services.ToList();
        var last = new Dictionary<string, Answer>(StringComparer.Ordinal);
        return await Eventually.GetAsync($"{string.Join(", ", names)} to answer {(int)expected} on /health", async () =>
        {
            foreach (var name in names)
            {
                last[name] = await ReadAsync(deployment.HealthUrls[name]);
            }

            return last.Values.All(a => a.Status == expected) ? new Dictionary<string, Answer>(last, StringComparer.Ordinal) : null;
        }, timeout, () => $"last answers:{Environment.NewLine}{string.Join(Environment.NewLine, last.Select(a => $"{a.Key}: {a.Value}"))}{Environment.NewLine}{diagnostics()}");
    }

    /// <summary>The status of one named check in a health body (<c>healthy</c>, <c>degraded</c>, <c>unhealthy</c>), or null.</summary>
    public static string? Check(Answer answer, string check)
    {
        ArgumentNullException.ThrowIfNull(answer);
        try
        {
            return JsonDocument.Parse(answer.Body).RootElement.GetProperty("checks").TryGetProperty(check, out var c) ? c.GetProperty("status").GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
