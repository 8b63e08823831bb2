using System.Globalization;
using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

/// <summary>A number. Held as <see cref="decimal"/>, not double: see the remarks.</summary>
/// <remarks>
/// Playbooks compare scores and thresholds written in decimal (<c>score &gt;= 0.7</c>) and test ids for equality;
/// decimal keeps those exact (<c>0.1 + 0.2 == 0.3</c> holds, 64-bit ids survive), where double would not.
/// The price is range (about ±7.9e28), which no alert field needs.
/// </remarks>
public sealed class NumberValue : ExprValue
{
    public NumberValue(decimal value)
    {
        Value = value;
    }

    public decimal Value { get; }

    public override string TypeName => "number";

    public override bool IsTruthy => Value != 0m;

    public bool IsInteger => decimal.Truncate(Value) == Value;

    public override JsonNode ToJson() =>
        IsInteger && Value is >= long.MinValue and <= long.MaxValue
            ? JsonValue.Create((long)Value)
            : JsonValue.Create(Normalized);

    /// <summary>Invariant text without trailing zeros (decimal keeps the scale: 1.50 + 1 is 2.50 inside, "2.5" outside).</summary>
    public override string ToString() => Value.ToString("0.############################", CultureInfo.InvariantCulture);

    public override bool Equals(object? obj) => obj is NumberValue other && other.Value == Value;

    public override int GetHashCode() => Normalized.GetHashCode();

    private decimal Normalized => decimal.Parse(ToString(), CultureInfo.InvariantCulture);
}
