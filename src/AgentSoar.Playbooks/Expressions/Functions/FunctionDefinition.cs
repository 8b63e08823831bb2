namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary>
/// A library function: its arity (<see cref="int.MaxValue"/> as the maximum for any number) and its implementation.
/// <see cref="CheckConstant"/>, when given, checks an argument written as a literal while parsing (argument index,
/// value), returning an error message or null, so a bad regex or duration fails validation instead of a run.
/// </summary>
internal sealed record FunctionDefinition(
    string Name,
    int MinArgs,
    int MaxArgs,
    Func<FunctionCall, ExprValue> Invoke,
    Func<int, ExprValue, string?>? CheckConstant = null)
{
    public string Arity => (MinArgs, MaxArgs) switch
    {
        (var min, var max) when min == max => $"{min} argument{(min == 1 ? string.Empty : "s")}",
        (var min, int.MaxValue) => $"at least {min} argument{(min == 1 ? string.Empty : "s")}",
        (var min, var max) => $"{min} to {max} arguments",
    };
}
