namespace AgentSoar.Intake.Errors;

/// <summary>Why an alert could not be normalised.</summary>
public enum AlertErrorKind
{
    /// <summary>The text is not JSON.</summary>
    MalformedJson,

    /// <summary>The JSON is not an object.</summary>
    NotAnObject,

    /// <summary>The alert is larger or nested deeper than the limits allow.</summary>
    TooLarge,

    /// <summary>No format fits the alert (auto detection), or the requested mapping does not exist.</summary>
    Unmappable,

    /// <summary>A field the format needs is missing.</summary>
    MissingField,

    /// <summary>A field is present but its value cannot be used.</summary>
    InvalidValue,
}
