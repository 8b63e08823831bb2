namespace AgentSoar.Intake.Errors;

/// <summary>Thrown when an alert cannot be normalised; <see cref="Error"/> says what is wrong and where.</summary>
public sealed class AlertNormalizationException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    /// <param name="error">What is wrong.</param>
    public AlertNormalizationException(AlertNormalizationError error)
        : base(error?.ToString())
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Creates the exception from its parts.</summary>
    /// <param name="kind">The kind of problem.</param>
    /// <param name="path">The JSON path of the problem.</param>
    /// <param name="message">What is wrong.</param>
    public AlertNormalizationException(AlertErrorKind kind, string path, string message)
        : this(new AlertNormalizationError(kind, path, message))
    {
    }

    /// <summary>What is wrong, and where.</summary>
    public AlertNormalizationError Error { get; }
}
