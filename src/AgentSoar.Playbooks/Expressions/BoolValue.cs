using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

public sealed class BoolValue : ExprValue
{
    private BoolValue(bool value)
    {
        Value = value;
    }

    public static BoolValue True { get; } = new(true);

    public static BoolValue False { get; } = new(false);

    public bool Value { get; }

    public override string TypeName => "bool";

    public override bool IsTruthy => Value;

    public static BoolValue Of(bool value) => value ? True : False;

    public override JsonNode ToJson() => JsonValue.Create(Value);

    public override string ToString() => Value ? "true" : "false";

    public override bool Equals(object? obj) => obj is BoolValue other && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();
}
