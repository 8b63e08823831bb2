using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

/// <summary>A length of time. Renders in the playbook notation (<c>1h30m</c>), so <c>duration(to_string(d))</c> round-trips.</summary>
public sealed class DurationValue : ExprValue
{
    public DurationValue(TimeSpan value)
    {
        Value = value;
    }

    public TimeSpan Value { get; }

    public override string TypeName => "duration";

    public override bool IsTruthy => true;

    public override JsonNode ToJson() => JsonValue.Create(ToString());

    public override string ToString() => DurationText.Format(Value);

    public override bool Equals(object? obj) => obj is DurationValue other && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();
}
