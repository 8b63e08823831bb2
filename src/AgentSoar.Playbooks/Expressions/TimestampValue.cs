using System.Globalization;
using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

/// <summary>An instant, held in UTC. Renders as ISO 8601 (<c>2024-05-01T12:00:00Z</c>).</summary>
public sealed class TimestampValue : ExprValue
{
    public TimestampValue(DateTimeOffset value)
    {
        Value = value.ToUniversalTime();
    }

    public DateTimeOffset Value { get; }

    public override string TypeName => "timestamp";

    public override bool IsTruthy => true;

    public override JsonNode ToJson() => JsonValue.Create(ToString());

    public override string ToString() => Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public override bool Equals(object? obj) => obj is TimestampValue other && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();
}
