using System.ComponentModel;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Example;

/// <summary>The input of <c>tag_host</c> and <c>untag_host</c>.</summary>
/// <param name="Hostname">The host.</param>
/// <param name="Tag">The tag.</param>
public sealed record TagHostInput(
    [Description("The host's name.")] string Hostname,
    [Description("The tag: letters, digits, '-' and '_', at most 64 characters.")] string Tag);

/// <summary>The output of <c>tag_host</c> and <c>untag_host</c>.</summary>
/// <param name="Hostname">The host.</param>
/// <param name="Tag">The tag.</param>
/// <param name="Tagged">Whether the host carries the tag after the call.</param>
public sealed record TagHostOutput(string Hostname, string Tag, bool Tagged);

/// <summary>Adds a tag to a host (<c>tag_host</c>) or removes it (<c>untag_host</c>).</summary>
internal sealed class TagHostAction(ExampleOptions options, HttpClient http, bool remove) : ConnectorAction<TagHostInput, TagHostOutput>
{
    public override ActionMetadata Metadata { get; } = remove
        ? new("untag_host", "Removes a tag from a host in the Example inventory.", ActionRisk.Low) { Idempotent = true }
        : new("tag_host", "Adds a tag to a host in the Example inventory.", ActionRisk.Low) { Idempotent = true, UndoAction = "untag_host" };

    public override async Task<ActionResult<TagHostOutput>> ExecuteAsync(TagHostInput input, ActionContext context)
    {
        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        using var request = new HttpRequestMessage(remove ? HttpMethod.Delete : HttpMethod.Put, $"{options.BaseUrl!.TrimEnd('/')}/hosts/{Uri.EscapeDataString(input.Hostname)}/tags/{input.Tag}");
        if (context.Secrets.GetSecret("ApiKey") is { } key)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        request.Headers.Add("Idempotency-Key", context.IdempotencyKey);
        try
        {
            using var response = await http.SendAsync(request, context.CancellationToken);
            return (int)response.StatusCode switch
            {
                >= 200 and < 300 => new TagHostOutput(input.Hostname, input.Tag, !remove),
                401 or 403 => ActionFailure.Unauthorized("The Example API refused the API key."),
                404 => ActionFailure.NotFound($"hostname: no host '{input.Hostname}' in the Example inventory."),
                408 or 429 or >= 500 => ActionFailure.Transient($"The Example API answered {(int)response.StatusCode}."),
                _ => ActionFailure.Permanent($"The Example API answered {(int)response.StatusCode}."),
            };
        }
        catch (HttpRequestException exception)
        {
            return ActionFailure.Transient($"Could not reach the Example API: {exception.Message}");
        }
    }

    // Changes nothing: answers from the input alone, in the shape of a real output.
    public override Task<ActionResult<TagHostOutput>> SimulateAsync(TagHostInput input, ActionContext context) =>
        Task.FromResult<ActionResult<TagHostOutput>>(Validate(input) is { } invalid ? invalid : new TagHostOutput(input.Hostname, input.Tag, !remove));

    private static ActionFailure? Validate(TagHostInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Hostname))
        {
            return ActionFailure.InvalidInput("hostname: must not be empty.");
        }

        return input.Tag.Length is 0 or > 64 || !input.Tag.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? ActionFailure.InvalidInput("tag: letters, digits, '-' and '_' only, 1 to 64 characters.")
            : null;
    }
}
