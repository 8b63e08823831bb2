using System.Text.Json;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Coordinator.Catalog;

/// <summary>
/// The announced actions as the playbook validator asks for them: the input names each declares. The registry loads
/// playbooks without it (a host may announce later than the Coordinator starts), so what this adds are warnings.
/// </summary>
public sealed class AnnouncedActionInputs(ConnectorCatalogCache catalog) : IActionCatalog
{
    // The host refuses an input not among the schema's properties, so these are exactly the names 'with' may use.
    public IReadOnlySet<string>? FindActionInputs(string connector, string action) =>
        catalog.FindAction(connector, action) is not { } info
            ? null
            : info.InputSchema.ValueKind == JsonValueKind.Object
                && info.InputSchema.TryGetProperty("properties", out var properties)
                && properties.ValueKind == JsonValueKind.Object
                ? properties.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>(StringComparer.Ordinal);
}
