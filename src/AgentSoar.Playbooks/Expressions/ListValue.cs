using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

public sealed class ListValue : ExprValue
{
    public ListValue(IReadOnlyList<ExprValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
    }

    public IReadOnlyList<ExprValue> Items { get; }

    public override string TypeName => "list";

    public override bool IsTruthy => Items.Count > 0;

    public override JsonNode ToJson() => new JsonArray(Items.Select(i => i.ToJson()).ToArray());

    public override string ToString() => JsonText.Write(ToJson());

    public override bool Equals(object? obj) => obj is ListValue other && other.Items.SequenceEqual(Items);

    public override int GetHashCode() => Items.Count;
}
