using System.ComponentModel.DataAnnotations;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Example;

/// <summary>The settings under <c>AgentSoar:Connectors:example</c>.</summary>
public sealed class ExampleOptions
{
    /// <summary>The base URL of the Example API.</summary>
    [Required]
    [Url]
    public string? BaseUrl { get; set; }

    /// <summary>The API key, sent as a bearer token.</summary>
    [Secret]
    public string? ApiKey { get; set; }
}
