using AgentSoar.Playbooks.Expressions.Nodes;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary>The evaluated arguments of one call, with what a function needs to report a positioned error.</summary>
internal sealed class FunctionCall(
    string name,
    IReadOnlyList<ExprValue> arguments,
    IReadOnlyList<SourceLocation> argumentStarts,
    SourceLocation location,
    EvalContext context)
{
    public int Count => arguments.Count;

    public SourceLocation Location { get; } = location;

    public EvalContext Context { get; } = context;

    public ExprValue this[int index] => arguments[index];

    public ExprValue ArgOrNull(int index) => index < arguments.Count ? arguments[index] : ExprValue.Null;

    /// <summary>The string argument, or null when the argument is null; any other type is an error.</summary>
    public string? OptionalString(int index) => arguments[index] switch
    {
        NullValue => null,
        StringValue s => s.Value,
        var other => throw TypeError(index, "a string", other),
    };

    public string String(int index) => OptionalString(index) ?? throw TypeError(index, "a string", ExprValue.Null);

    public ExpressionException Error(int index, string message) => new($"{name}(): {message}", argumentStarts[index]);

    public ExpressionException Error(string message) => new($"{name}(): {message}", Location);

    public ExpressionException TypeError(int index, string expected, ExprValue actual) =>
        Error(index, $"argument {index + 1} must be {expected}, not {actual.TypeName}");

    public StringValue Result(string value) => Context.String(value, Location);
}
