using System.Text.Json.Nodes;
using AgentSoar.Intake.Ocsf;

namespace AgentSoar.Intake.Observables;

/// <summary>OCSF observables in the order found, without repeats, within the limits.</summary>
internal sealed class ObservableSet(AlertLimits limits)
{
    private readonly List<(string Name, int TypeId, string Type, string Value)> _items = [];
    private readonly HashSet<(string, int, string)> _seen = [];

    /// <summary>Adds an observable unless the value is blank, a placeholder, too long, already there, or the set is full.</summary>
    public void Add(string name, int typeId, string? value, string? type = null)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v) || IsPlaceholder(v) || v.Length > limits.MaxObservableLength || _items.Count >= limits.MaxObservables)
        {
            return;
        }

        if (_seen.Add((name, typeId, v)))
        {
            _items.Add((name, typeId, type ?? ObservableType.Caption(typeId), v));
        }
    }

    public JsonArray? ToJson() => _items.Count == 0
        ? null
        : new JsonArray(_items.Select(o => (JsonNode)new JsonObject
        {
            ["name"] = o.Name,
            ["type_id"] = o.TypeId,
            ["type"] = o.Type,
            ["value"] = o.Value,
        }).ToArray());

    // Windows and many SIEMs write "-" (or similar) where a field has no value.
    private static bool IsPlaceholder(string value) => value is "-" or "--" or "N/A" or "n/a" or "null" or "(null)" or "NULL";
}
