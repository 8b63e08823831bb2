using System.Text.Json;

namespace AgentSoar.Cacao.OpenC2;

/// <summary>A connector action that declares an OpenC2 equivalent, as the connector catalog announces it.</summary>
/// <param name="Connector">The connector's name (<c>simulation</c>).</param>
/// <param name="Action">The action's name (<c>block_ip</c>).</param>
/// <param name="OpenC2Action">The OpenC2 action it performs (<c>deny</c>).</param>
/// <param name="OpenC2Target">The OpenC2 target it acts on (<c>ipv4_net</c>).</param>
/// <param name="OpenC2Profile">The actuator profile of the pair (<c>slpf</c>), or null for the core language.</param>
/// <param name="InputSchema">The action's input schema (a JSON Schema object), which decides where the target's value goes.</param>
public sealed record OpenC2CatalogAction(string Connector, string Action, string OpenC2Action, string OpenC2Target, string? OpenC2Profile, JsonElement InputSchema)
{
    /// <summary>The action as a playbook names it: <c>connector.action</c>.</summary>
    public string FullName => $"{Connector}.{Action}";
}
