namespace AgentSoar.Playbooks.Expressions.Syntax;

/// <summary>
/// A token: Start and End are offsets in the expression text (end exclusive); Text is the identifier, a string
/// literal's decoded value, or the token's source text.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Text, decimal Number = 0m)
{
    public string Describe() => Kind switch
    {
        TokenKind.End => "the end of the expression",
        TokenKind.String => "a string",
        TokenKind.Number => $"number {Text}",
        TokenKind.Identifier => $"'{Text}'",
        _ => $"'{Text}'",
    };
}
