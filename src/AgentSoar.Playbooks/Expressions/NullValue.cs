using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

public sealed class NullValue : ExprValue
{
    private NullValue()
    {
    }

    public static NullValue Instance { get; } = new();

    public override string TypeName => "null";

    public override bool IsTruthy => false;

    public override JsonNode? ToJson() => null;

    public override string ToString() => string.Empty;

    public override bool Equals(object? obj) => obj is NullValue;

    public override int GetHashCode() => 0;
}
