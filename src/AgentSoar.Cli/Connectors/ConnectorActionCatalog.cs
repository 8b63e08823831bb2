using System.Text.Json;
using AgentSoar.Contracts.Connectors;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Cli.Connectors;

/// <summary>The actions of a connector catalog, as the playbook validator asks for them: by name, with the input names each declares.</summary>
/// <remarks>Built from <see cref="ConnectorInfo"/>, what hosts announce, so a playbook is checked against the same facts the Coordinator has.</remarks>
internal sealed class ConnectorActionCatalog : IActionCatalog
{
    private readonly Dictionary<string, IReadOnlySet<string>> _inputsByAction = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, ActionInputSpec>> _specsByAction = new(StringComparer.Ordinal);

    public ConnectorActionCatalog(IEnumerable<ConnectorInfo> connectors)
    {
        foreach (var connector in connectors)
        {
            foreach (var action in connector.Actions)
            {
                _inputsByAction[Key(connector.Name, action.Name)] = InputNames(action.InputSchema);
                _specsByAction[Key(connector.Name, action.Name)] = InputSpecs(action.InputSchema);
            }
        }
    }

    public IReadOnlySet<string>? FindActionInputs(string connector, string action) =>
        _inputsByAction.GetValueOrDefault(Key(connector, action));

    public IReadOnlyDictionary<string, ActionInputSpec>? FindActionInputSpecs(string connector, string action) =>
        _specsByAction.GetValueOrDefault(Key(connector, action));

    private static string Key(string connector, string action) => $"{connector}.{action}";

    // "type" is a name or a list of names (["string", "null"]); no "type" means any value.
    private static Dictionary<string, ActionInputSpec> InputSpecs(JsonElement schema)
    {
        var specs = new Dictionary<string, ActionInputSpec>(StringComparer.Ordinal);
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return specs;
        }

        var required = schema.TryGetProperty("required", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(r => r.GetString()).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var property in properties.EnumerateObject())
        {
            var types = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("type", out var type)
                ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).OfType<string>().ToHashSet(StringComparer.Ordinal) : [type.GetString() ?? string.Empty]
                : new HashSet<string>(StringComparer.Ordinal);
            specs[property.Name] = new ActionInputSpec(types, required.Contains(property.Name));
        }

        return specs;
    }

    // The host refuses an input not among the schema's properties, so these are exactly the names 'with' may use.
    private static HashSet<string> InputNames(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object
        && schema.TryGetProperty("properties", out var properties)
        && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Select(property => property.Name).ToHashSet(StringComparer.Ordinal)
            : [];
}
