namespace AgentSoar.Connectors.Intel.Stix;

internal enum StixTokenKind
{
    End,
    LeftBracket,
    RightBracket,
    LeftParen,
    RightParen,
    Comma,
    Operator,
    String,
    TypedString,
    Number,
    Word,
    ObjectPath,
}

/// <summary>One token of a STIX pattern. <see cref="Text"/> is the unescaped value of a string, the prefix letter of a typed string (<c>t</c>, <c>b</c>, <c>h</c>) is in <see cref="Prefix"/>.</summary>
internal sealed record StixToken(StixTokenKind Kind, string Text, int Position, char Prefix = '\0');
