using FsCheck;
using FsCheck.Fluent;

namespace AgentSoar.Playbooks.Tests.Expressions;

/// <summary>
/// Generates expressions from the grammar, mostly well-formed so the parser and evaluator go deep, then mutates
/// some of them (cut short, a token dropped in) so the error paths inside deep structures run too.
/// </summary>
internal static class ExpressionGenerator
{
    private static readonly string[] Atoms =
    [
        "null", "true", "false", "0", "1", "-1", "2.5", "'a'", "\"b\\n\"", "'\\u00e9'", "''", "alert", "alert.severity_id",
        "alert.observables", "alert.observables[0].value", "alert.a[1]", "alert['a'][-1]", "inputs.ip", "steps.a.output.score",
        "steps.a-b.output", "vars", "missing.x.y", "[]", "[1, 'a', null]", "duration('1h30m')", "now()", "'10.0.0.1'",
        "timestamp('2024-05-01T00:00:00Z')", "ip('::1')", "'(a+)+$'", "'10.0.0.0/8'", "'ip'", "'{\"k\": [1, 2]}'",
        "'tab\\there'", "'cr\\r'", "'q\\'s'", "\"d\\\"q\"", "'back\\\\'", "'\\/'", "'\\u0041'",
    ];

    private static readonly string[] BinaryOperators = ["||", "&&", "==", "!=", "<", "<=", ">", ">=", "in", "+", "-", "*", "/", "%"];

    private static readonly (string Name, int Arity)[] Functions =
    [
        ("length", 1), ("lower", 1), ("upper", 1), ("trim", 1), ("contains", 2), ("starts_with", 2), ("ends_with", 2),
        ("matches", 2), ("replace", 3), ("split", 2), ("join", 2), ("first", 1), ("last", 1), ("default", 3), ("to_string", 1),
        ("to_number", 1), ("to_json", 1), ("from_json", 1), ("duration", 1), ("timestamp", 1), ("is_ip", 1), ("ip", 1),
        ("ip_in_cidr", 2), ("is_private_ip", 1), ("has_observable", 2), ("first_observable", 2), ("observables", 2),
    ];

    private static readonly string[] Noise = ["(", ")", "[", "]", ",", ".", "'", "!", "-", "==", "${{", "}}", "\\", "lower(", "in", " "];

    public static Gen<string> WellFormed => Gen.Sized(size => Expression(Math.Min(size, 40)));

    public static Gen<string> Mutated =>
        from text in WellFormed
        from position in Gen.Choose(0, text.Length)
        from noise in Gen.Elements(Noise)
        from kind in Gen.Choose(0, 2)
        select kind switch
        {
            0 => text[..position],
            1 => text[..position] + noise + text[position..],
            _ => text,
        };

    private static Gen<string> Expression(int size)
    {
        if (size <= 1)
        {
            return Gen.Elements(Atoms);
        }

        // Sub-generators are built lazily (inside SelectMany) so that building the generator is not exponential.
        Gen<string> Sub(int divisor) => Gen.Constant(size / divisor).SelectMany(Expression);
        var binary = from left in Sub(2) from op in Gen.Elements(BinaryOperators) from right in Sub(2) select $"{left} {op} {right}";
        var unary = from operand in Sub(2) from op in Gen.Elements("!", "-", "!!") select op + operand;
        var parenthesised = from inner in Sub(2) select $"({inner})";
        var index = from target in Sub(2) from key in Sub(2) select $"({target})[{key}]";
        var member = from target in Sub(2) from name in Gen.Elements("output", "value", "in", "null", "x") select $"({target}).{name}";
        var call =
            from function in Gen.Elements(Functions)
            from args in Gen.ArrayOf(Sub(function.Arity + 1), function.Arity)
            select $"{function.Name}({string.Join(", ", args)})";
        var list = from items in Gen.ArrayOf(Sub(3), 2) select $"[{string.Join(", ", items)}]";
        return Gen.Frequency(
            (2, Gen.Elements(Atoms)), (5, binary), (1, unary), (1, parenthesised), (1, index), (1, member), (4, call), (1, list));
    }
}
