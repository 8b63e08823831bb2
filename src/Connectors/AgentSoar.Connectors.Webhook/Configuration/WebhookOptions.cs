using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Connectors.Webhook;

/// <summary>The webhook connector's settings, under <c>AgentSoar:Connectors:webhook</c>.</summary>
public sealed class WebhookOptions : IValidatableObject
{
    /// <summary>The endpoints playbooks may post to, by name.</summary>
    public IDictionary<string, WebhookEndpointOptions> Endpoints { get; } =
        new Dictionary<string, WebhookEndpointOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How much of a response body the output keeps, in characters.</summary>
    [Range(0, 1_048_576)]
    public int MaxResponseChars { get; set; } = 4096;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, endpoint) in Endpoints)
        {
            if (!Uri.TryCreate(endpoint.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                yield return new ValidationResult("must be an absolute http or https URL.", [$"Endpoints:{name}:Url"]);
            }

            if (string.IsNullOrWhiteSpace(endpoint.SecretHeader) || endpoint.SecretHeader.Any(c => c <= ' ' || c == ':'))
            {
                yield return new ValidationResult("must be a header name.", [$"Endpoints:{name}:SecretHeader"]);
            }
        }
    }
}
