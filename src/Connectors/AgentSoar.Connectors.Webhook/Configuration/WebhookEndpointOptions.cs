using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Webhook;

/// <summary>One named endpoint, under <c>AgentSoar:Connectors:webhook:Endpoints:&lt;name&gt;</c>.</summary>
public sealed class WebhookEndpointOptions
{
    /// <summary>The absolute http or https URL to post to. A URL that carries a token should come from <c>Url_FILE</c>, which makes it a masked secret.</summary>
    public string? Url { get; set; }

    /// <summary>Headers sent with every request to this endpoint (<c>Headers:X-Source = agentsoar</c>).</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>A secret sent in <see cref="SecretHeader"/>; never echoed in outputs, errors or logs.</summary>
    [Secret]
    public string? Secret { get; set; }

    /// <summary>
    /// The header that carries <see cref="Secret"/>. For <c>Authorization</c> (the default) the value
    /// is <c>Bearer &lt;secret&gt;</c>; for any other header it is the secret as is.
    /// </summary>
    public string SecretHeader { get; set; } = "Authorization";

    /// <summary>With a user name, <see cref="Secret"/> is its password, sent as HTTP Basic authentication.</summary>
    public string? Username { get; set; }
}
