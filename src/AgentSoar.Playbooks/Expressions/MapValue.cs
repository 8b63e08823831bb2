using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

/// <summary>A map from string keys to values (a JSON object). Equality ignores key order.</summary>
public sealed class MapValue : ExprValue
{
    public MapValue(IReadOnlyDictionary<string, ExprValue> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
    }

    public IReadOnlyDictionary<string, ExprValue> Entries { get; }

    public override string TypeName => "map";

    public override bool IsTruthy => Entries.Count > 0;

    public ExprValue Get(string key) => Entries.TryGetValue(key, out var value) ? value : Null;

    public override JsonNode ToJson()
    {
        var obj = new JsonObject();
        foreach (var (key, value) in Entries)
        {
            obj[key] = value.ToJson();
        }

        return obj;
    }

    public override string ToString() => JsonText.Write(ToJson());

    public override bool Equals(object? obj) =>
        obj is MapValue other
        && other.Entries.Count == Entries.Count
        && Entries.All(e => other.Entries.TryGetValue(e.Key, out var v) && v.Equals(e.Value));

    public override int GetHashCode() => Entries.Count;
}
