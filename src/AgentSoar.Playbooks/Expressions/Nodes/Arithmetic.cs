using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary>
/// What <c>+ - * / %</c> mean for each pair of types: numbers; string and list concatenation with <c>+</c>;
/// timestamps and durations (timestamp ± duration, timestamp − timestamp, duration ± duration, duration × number).
/// Null when the pair has no meaning.
/// </summary>
internal static class Arithmetic
{
    public static ExprValue? Apply(ArithmeticOperator op, ExprValue a, ExprValue b, EvalContext context, SourceLocation at) => (op, a, b) switch
    {
        (_, NumberValue x, NumberValue y) => Numbers(op, x.Value, y.Value, at),
        (ArithmeticOperator.Add, StringValue x, StringValue y) => context.String(x.Value + y.Value, at),
        (ArithmeticOperator.Add, ListValue x, ListValue y) => new ListValue([.. x.Items, .. y.Items]),
        (ArithmeticOperator.Add, TimestampValue t, DurationValue d) => new TimestampValue(t.Value + d.Value),
        (ArithmeticOperator.Add, DurationValue d, TimestampValue t) => new TimestampValue(t.Value + d.Value),
        (ArithmeticOperator.Subtract, TimestampValue t, DurationValue d) => new TimestampValue(t.Value - d.Value),
        (ArithmeticOperator.Subtract, TimestampValue x, TimestampValue y) => new DurationValue(x.Value - y.Value),
        (ArithmeticOperator.Add, DurationValue x, DurationValue y) => new DurationValue(x.Value + y.Value),
        (ArithmeticOperator.Subtract, DurationValue x, DurationValue y) => new DurationValue(x.Value - y.Value),
        (ArithmeticOperator.Multiply, DurationValue d, NumberValue n) => Scale(d.Value, n.Value),
        (ArithmeticOperator.Multiply, NumberValue n, DurationValue d) => Scale(d.Value, n.Value),
        (ArithmeticOperator.Divide, DurationValue d, NumberValue n) => n.Value == 0m ? throw DivideByZero(at) : Scale(d.Value, 1m / n.Value),
        _ => null,
    };

    private static NumberValue Numbers(ArithmeticOperator op, decimal x, decimal y, SourceLocation at) => new(op switch
    {
        ArithmeticOperator.Add => x + y,
        ArithmeticOperator.Subtract => x - y,
        ArithmeticOperator.Multiply => x * y,
        ArithmeticOperator.Divide => y == 0m ? throw DivideByZero(at) : x / y,
        _ => y == 0m ? throw DivideByZero(at) : x % y,
    });

    private static DurationValue Scale(TimeSpan d, decimal factor) =>
        new(TimeSpan.FromTicks(checked((long)decimal.Round(d.Ticks * factor))));

    private static ExpressionException DivideByZero(SourceLocation at) => new("division by zero", at);
}
