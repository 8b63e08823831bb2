using System.Text.Json;
using AgentSoar.Contracts.Connectors;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Cli.Connectors;

/// <summary>The actions of a connector catalog, as the playbook validator asks for them: by name, with the input names each declares.</summary>
/// <remarks>Built from <see cref="ConnectorInfo"/>, what hosts announce, so a playbook is checked against the same facts the Coordinator has.</remarks>
internal sealed class ConnectorActionCatalog : IActionCatalog
{
    private readonly Dictionary<string, IReadOnlySet<string>> _inputsByAction = new(StringComparer.Ordinal);

    public ConnectorActionCatalog(IEnumerable<ConnectorInfo> connectors)
    {
        foreach (var connector in connectors)
        {
            foreach (var action in connector.Actions)
            {
                _inputsByAction[Key(connector.Name, action.Name)] = InputNames(action.InputSchema);
            }
        }
    }

    public IReadOnlySet<string>? FindActionInputs(string connector, string action) =>
        _inputsByAction.GetValueOrDefault(Key(connector, action));

    private static string Key(string connector, string action) => $"{connector}.{action}";

    // The host refuses an input not among the schema's properties, so these are exactly the names 'with' may use.
    private static HashSet<string> InputNames(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object
        && schema.TryGetProperty("properties", out var properties)
        && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Select(property => property.Name).ToHashSet(StringComparer.Ordinal)
            : [];
}
