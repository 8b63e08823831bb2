using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.OpenC2;

/// <summary>One named actuator, under <c>AgentSoar:Connectors:openc2:Actuators:&lt;name&gt;</c>.</summary>
public sealed class OpenC2ActuatorOptions
{
    /// <summary>The absolute http or https URL OpenC2 commands are posted to.</summary>
    public string? Url { get; set; }

    /// <summary>A bearer token sent as <c>Authorization: Bearer &lt;token&gt;</c>; never echoed.</summary>
    [Secret]
    public string? Token { get; set; }

    /// <summary>An API key sent in <see cref="ApiKeyHeader"/>; never echoed.</summary>
    [Secret]
    public string? ApiKey { get; set; }

    /// <summary>The header that carries <see cref="ApiKey"/>. Default <c>X-Api-Key</c>.</summary>
    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    /// <summary>The actuator specifier sent by the typed actions as <c>actuator.slpf.named_group</c>, when set.</summary>
    public string? NamedGroup { get; set; }
}
