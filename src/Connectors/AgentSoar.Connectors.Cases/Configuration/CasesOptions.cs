using System.ComponentModel.DataAnnotations;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Cases;

/// <summary>The cases connector's settings, under <c>AgentSoar:Connectors:cases</c>.</summary>
/// <remarks>
/// Without <see cref="ApiUrl"/> and <see cref="ApiKey"/> the connector starts and its actions fail with a "not
/// configured" error (simulation still works). The all-in-one mode configures both for itself.
/// </remarks>
public sealed class CasesOptions : IValidatableObject
{
    /// <summary>The AgentSoar API's base address (<c>https://soar.example.com</c>), without <c>/api/v1</c>.</summary>
    public string? ApiUrl { get; set; }

    /// <summary>
    /// An API key with the analyst, responder or admin role; a secret, read through the secret store (use
    /// <c>ApiKey_FILE</c> for a file), never logged. Give the connector a key of its own, so the audit trail
    /// shows its changes under its own name.
    /// </summary>
    [Secret]
    public string? ApiKey { get; set; }

    /// <summary>How long one call to the API may take. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    internal bool IsConfigured => ApiUrl is not null && !string.IsNullOrEmpty(ApiKey);

    internal Uri BaseUri => new(ApiUrl!.TrimEnd('/') + "/", UriKind.Absolute);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApiUrl is not null)
        {
            if (!Uri.TryCreate(ApiUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                yield return new ValidationResult("must be an absolute http or https address (https://soar.example.com).", [nameof(ApiUrl)]);
            }
            else if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            {
                yield return new ValidationResult("must not carry credentials, a query or a fragment; give the key as ApiKey.", [nameof(ApiUrl)]);
            }
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult("must be between 0 and 10 minutes.", [nameof(Timeout)]);
        }
    }
}
