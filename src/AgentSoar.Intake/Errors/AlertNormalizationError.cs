namespace AgentSoar.Intake.Errors;

/// <summary>What is wrong with an alert, and where.</summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Path">The JSON path in the alert the problem is at (<c>$</c> for the whole alert), e.g. <c>$.rule.level</c>.</param>
/// <param name="Message">A sentence for a person: what is wrong and what was expected.</param>
public sealed record AlertNormalizationError(AlertErrorKind Kind, string Path, string Message)
{
    /// <summary>The error as one line: <c>kind at path: message</c>.</summary>
    public override string ToString() => $"{ToText(Kind)} at {Path}: {Message}";

    private static string ToText(AlertErrorKind kind) => kind switch
    {
        AlertErrorKind.MalformedJson => "malformed JSON",
        AlertErrorKind.NotAnObject => "not an object",
        AlertErrorKind.TooLarge => "too large",
        AlertErrorKind.Unmappable => "unmappable",
        AlertErrorKind.MissingField => "missing field",
        _ => "invalid value",
    };
}
