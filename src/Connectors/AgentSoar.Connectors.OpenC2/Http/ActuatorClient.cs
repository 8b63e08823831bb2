using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AgentSoar.Connectors.OpenC2.Language;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.OpenC2;

/// <summary>
/// Sends a checked command to a configured actuator over HTTP (OpenC2 HTTPS transfer: the command is the body, typed
/// <c>application/openc2-cmd+json;version=1.0</c>) and reads its answer as an OpenC2 response. Only configured actuators
/// are reachable: their list is the connector's allowlist.
/// </summary>
internal sealed class ActuatorClient(OpenC2Options options, HttpClient http)
{
    public const string CommandMediaType = "application/openc2-cmd+json;version=1.0";
    public const string ResponseMediaType = "application/openc2-rsp+json;version=1.0";

    public OpenC2Language Language { get; } = options.CreateLanguage();

    public bool TryFind(string name, bool simulation, out OpenC2ActuatorOptions? actuator, out ActionFailure failure)
    {
        failure = null!;
        if (options.Actuators.TryGetValue(name, out actuator))
        {
            return true;
        }

        if (options.Actuators.Count == 0)
        {
            // Simulating needs no actuator: nothing is sent.
            if (simulation)
            {
                return true;
            }

            failure = ActionFailure.Permanent("The openc2 connector is not configured: no actuator under AgentSoar:Connectors:openc2:Actuators.");
            return false;
        }

        failure = ActionFailure.InvalidInput(
            $"actuator: unknown OpenC2 actuator '{name}'; configured actuators: {string.Join(", ", options.Actuators.Keys.Order(StringComparer.Ordinal))}.");
        return false;
    }

    /// <summary>Checks a command built by an action; a failure names the action's input field.</summary>
    public bool TryCheck(JsonObject command, out OpenC2Command checkedCommand, out ActionFailure failure, Func<OpenC2FormatException, string>? describe = null)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(command.ToJsonString());
            checkedCommand = Language.ParseCommand(document.RootElement);
            failure = null!;
            return true;
        }
        catch (OpenC2FormatException ex)
        {
            checkedCommand = null!;
            failure = ActionFailure.InvalidInput(describe?.Invoke(ex) ?? $"command: not a valid OpenC2 command: {ex.Message}");
            return false;
        }
    }

    public ActionResult<OpenC2Output> Simulate(string name, OpenC2ActuatorOptions? actuator, OpenC2Command command) =>
        new OpenC2Output(name, actuator is null ? null : DisplayUrl(actuator), command.ToJson(), null, null, null, null);

    public async Task<ActionResult<OpenC2Output>> SendAsync(string name, OpenC2ActuatorOptions actuator, OpenC2Command command, ActionContext context)
    {
        if (command.CommandId is null && context.IdempotencyKey.Length > 0)
        {
            // The same id on every retry lets the actuator recognise a repeat.
            command = command with { CommandId = context.IdempotencyKey };
        }

        var body = command.ToJson();
        using var request = new HttpRequestMessage(HttpMethod.Post, actuator.Url)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8),
        };
        // Written as the OpenC2 HTTPS transfer specification spells it (the parsed form would add a space).
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", CommandMediaType);
        request.Headers.TryAddWithoutValidation("Accept", ResponseMediaType);
        if (context.IdempotencyKey.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("X-Request-ID", context.IdempotencyKey);
        }

        AddCredentials(request, name, actuator, context);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        timeout.CancelAfter(options.Timeout);
        HttpResponseMessage response;
        string text;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            text = await ReadAsync(response.Content, timeout.Token);
        }
        catch (OperationCanceledException) when (!context.CancellationToken.IsCancellationRequested)
        {
            return ActionFailure.Transient($"OpenC2 actuator '{name}' did not answer within {options.Timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException ex)
        {
            return ActionFailure.Transient($"Could not reach OpenC2 actuator '{name}': {ex.Message}");
        }

        using (response)
        {
            context.Logger.LogDebug($"OpenC2 actuator '{name}' answered HTTP {(int)response.StatusCode} to {command.Action} {command.Target.Type}.");
            return Interpret(name, actuator, command, body, response, text, context.Time);
        }
    }

    private ActionResult<OpenC2Output> Interpret(string name, OpenC2ActuatorOptions actuator, OpenC2Command command, JsonObject body, HttpResponseMessage response, string text, TimeProvider time)
    {
        var http = (int)response.StatusCode;
        var retryAfter = RetryAfter(response, time);
        if (string.IsNullOrWhiteSpace(text))
        {
            // Only a command that asked for no response (response_requested none) may be answered with an empty body.
            if (!response.IsSuccessStatusCode)
            {
                return ForStatus(name, http, $"HTTP {http} {response.ReasonPhrase}", retryAfter);
            }

            return command.Args?.ResponseRequested == "none"
                ? new OpenC2Output(name, DisplayUrl(actuator), body, null, null, null, null)
                : ActionFailure.Permanent($"OpenC2 actuator '{name}' answered HTTP {http} without an OpenC2 response.");
        }

        OpenC2Response answer;
        try
        {
            answer = Language.ParseResponse(text);
        }
        catch (OpenC2FormatException ex)
        {
            return response.IsSuccessStatusCode
                ? ActionFailure.Permanent($"OpenC2 actuator '{name}' answered HTTP {http} with an invalid OpenC2 response: {ex.Message}")
                : ForStatus(name, http, $"HTTP {http} {response.ReasonPhrase} (not an OpenC2 response: {ex.Message})", retryAfter);
        }

        if (answer.Status is 200 or 102)
        {
            long? rule = answer.Results?["slpf"]?["rule_number"] is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;
            return new OpenC2Output(name, DisplayUrl(actuator), body, answer.Status, answer.StatusText, answer.Results, rule);
        }

        var statusText = answer.StatusText is { Length: > 0 } st ? $": {Checks.Shorten(st)}" : "";
        return ForStatus(name, answer.Status, $"status {answer.Status}{statusText}", retryAfter);
    }

    private static ActionFailure ForStatus(string name, int status, string detail, TimeSpan? retryAfter) => status switch
    {
        400 => ActionFailure.InvalidInput($"OpenC2 actuator '{name}' refused the command as malformed ({detail})."),
        401 or 403 => ActionFailure.Unauthorized($"OpenC2 actuator '{name}' refused the credentials or the command ({detail})."),
        404 => ActionFailure.NotFound($"OpenC2 actuator '{name}' found nothing matching the command ({detail})."),
        501 => ActionFailure.Permanent($"The command is not implemented by the actuator '{name}' ({detail})."),
        408 or 429 or >= 500 => ActionFailure.Transient($"OpenC2 actuator '{name}' could not perform the command now ({detail}).", retryAfter),
        _ => ActionFailure.Permanent($"OpenC2 actuator '{name}' answered {detail}."),
    };

    private async Task<string> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[options.MaxResponseBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        // A cut answer would fail to parse anyway; say why instead.
        return total > options.MaxResponseBytes
            ? throw new HttpRequestException($"the answer is larger than {options.MaxResponseBytes} bytes")
            : Encoding.UTF8.GetString(buffer, 0, total);
    }

    private static void AddCredentials(HttpRequestMessage request, string name, OpenC2ActuatorOptions actuator, ActionContext context)
    {
        if (context.Secrets.GetSecret($"Actuators:{name}:Token") is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (context.Secrets.GetSecret($"Actuators:{name}:ApiKey") is { Length: > 0 } key)
        {
            request.Headers.Remove(actuator.ApiKeyHeader);
            request.Headers.TryAddWithoutValidation(actuator.ApiKeyHeader, key);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        var now = time.GetUtcNow();
        return header?.Date is { } date && date > now ? date - now : null;
    }

    private static string DisplayUrl(OpenC2ActuatorOptions actuator) =>
        new Uri(actuator.Url!).GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
}
