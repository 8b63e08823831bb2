using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Cases;

/// <summary>
/// Calls the AgentSoar API with the connector's key. Only the configured API is ever called: the paths are fixed and
/// the incident id is a GUID, so no input can steer a call elsewhere.
/// </summary>
internal sealed class CasesApi(CasesOptions options, HttpClient http)
{
    /// <summary>The roles that may work on cases.</summary>
    public static readonly IReadOnlyList<string> WorkingRoles = ["analyst", "responder", "admin"];

    /// <summary>Answers are small; more than this is not the AgentSoar API.</summary>
    private const int MaxAnswerBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The API the connector calls, for reports (it holds no credentials).</summary>
    public string ApiUrl => options.ApiUrl ?? "";

    public const string NotConfigured = "The cases connector is not configured: set AgentSoar:Connectors:cases:ApiUrl and ApiKey (an API key with the analyst role).";

    /// <summary>The incident an action works on: the one the input names, else the run's own.</summary>
    public static bool TryIncident(Guid? given, ActionContext context, out Guid incident, out ActionFailure failure)
    {
        incident = given ?? context.IncidentId;
        failure = incident == Guid.Empty ? ActionFailure.InvalidInput("incident_id: required here, as this execution belongs to no incident.") : null!;
        return incident != Guid.Empty;
    }

    public Task<ActionResult<ApiChange>> ChangeAsync(HttpMethod method, Guid incident, string what, object body, ActionContext context) =>
        SendAsync<ApiChange>(method, $"api/v1/incidents/{incident}/{what}", body, context);

    public Task<ActionResult<ApiComment>> CommentAsync(Guid incident, string text, ActionContext context) =>
        SendAsync<ApiComment>(HttpMethod.Post, $"api/v1/incidents/{incident}/comments", new { text }, context);

    public async Task<ActionResult<ApiMe>> WhoAmIAsync(ActionContext context)
    {
        var me = await SendAsync<ApiMe>(HttpMethod.Get, "api/v1/me", null, context);
        if (me.Output is { } who && !who.Roles.Any(r => WorkingRoles.Contains(r, StringComparer.Ordinal)))
        {
            return ActionFailure.Unauthorized(
                $"The API accepts the key as {who.Name}, but its roles ({string.Join(", ", who.Roles)}) can't work on cases; it needs one of {string.Join(", ", WorkingRoles)}.");
        }

        return me;
    }

    private async Task<ActionResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, ActionContext context)
        where T : class
    {
        if (!options.IsConfigured)
        {
            return ActionFailure.Permanent(NotConfigured);
        }

        using var request = new HttpRequestMessage(method, new Uri(options.BaseUri, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        if (context.IdempotencyKey.Length > 0 && method != HttpMethod.Get)
        {
            // The same key on every retry: the API makes the change once.
            request.Headers.TryAddWithoutValidation("Idempotency-Key", context.IdempotencyKey);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var text = await ReadAsync(response.Content, timeout.Token);
            context.Logger.LogDebug($"The AgentSoar API answered HTTP {(int)response.StatusCode} to {method} {path}.");
            return response.IsSuccessStatusCode ? Parse<T>(text, path) : Refusal(response, text, context.Time);
        }
        catch (OperationCanceledException) when (!context.CancellationToken.IsCancellationRequested)
        {
            return ActionFailure.Transient($"The AgentSoar API did not answer within {options.Timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException ex)
        {
            return ActionFailure.Transient($"Could not reach the AgentSoar API at {options.ApiUrl}: {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            return ActionFailure.Permanent($"The answer to {path} is not the AgentSoar API's: {ex.Message}");
        }
    }

    private static ActionResult<T> Parse<T>(string text, string path)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, Json) is { } value
                ? value
                : ActionFailure.Permanent($"The AgentSoar API answered {path} with null.");
        }
        catch (JsonException ex)
        {
            return ActionFailure.Permanent($"The AgentSoar API's answer to {path} is not what this connector understands: {ex.Message}");
        }
    }

    private static ActionFailure Refusal(HttpResponseMessage response, string text, TimeProvider time)
    {
        var status = (int)response.StatusCode;
        var problem = TryProblem(text);
        var message = $"The AgentSoar API refused (HTTP {status}{(problem?.Title is { } title ? ", " + title : "")}): {problem?.Detail ?? response.ReasonPhrase}";
        return status switch
        {
            408 or 429 or >= 500 => ActionFailure.Transient(message, RetryAfter(response, time)),
            400 or 413 or 422 => ActionFailure.InvalidInput(message),
            401 or 403 => ActionFailure.Unauthorized(message),
            404 => ActionFailure.NotFound(message),
            _ => ActionFailure.Permanent(message),
        };
    }

    private static ApiProblem? TryProblem(string text)
    {
        try
        {
            return text.Length > 0 ? JsonSerializer.Deserialize<ApiProblem>(text, Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) =>
        response.Headers.RetryAfter?.Delta
        ?? (response.Headers.RetryAfter?.Date is { } date && date > time.GetUtcNow() ? date - time.GetUtcNow() : null);

    private static async Task<string> ReadAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxAnswerBytes)
            {
                throw new InvalidDataException($"the answer is larger than {MaxAnswerBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
