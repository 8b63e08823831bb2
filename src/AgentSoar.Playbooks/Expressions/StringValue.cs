using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

public sealed class StringValue : ExprValue
{
    public StringValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public static StringValue Empty { get; } = new(string.Empty);

    public string Value { get; }

    public override string TypeName => "string";

    public override bool IsTruthy => Value.Length > 0;

    public override JsonNode ToJson() => JsonValue.Create(Value);

    public override string ToString() => Value;

    public override bool Equals(object? obj) => obj is StringValue other && string.Equals(other.Value, Value, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}
