using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions;

/// <summary>A parse or evaluation error in an expression, with where it happened.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException(string message, SourceLocation location)
        : base(message)
    {
        Location = location;
    }

    public ExpressionException()
        : this("expression error", SourceLocation.None)
    {
    }

    public ExpressionException(string message)
        : this(message, SourceLocation.None)
    {
    }

    public ExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Location = SourceLocation.None;
    }

    public SourceLocation Location { get; }
}
