namespace AgentSoar.Intake;

/// <summary>Bounds on what the normaliser accepts, so hostile alerts cost little.</summary>
public sealed record AlertLimits
{
    /// <summary>The default limits.</summary>
    public static AlertLimits Default { get; } = new();

    /// <summary>The largest alert, in UTF-8 bytes. Default 1 MiB.</summary>
    public int MaxBytes { get; init; } = 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays. Default 64.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most observables a finding keeps; further ones are dropped. Default 200.</summary>
    public int MaxObservables { get; init; } = 200;

    /// <summary>The longest observable value, in characters; longer values are not observables. Default 8192.</summary>
    public int MaxObservableLength { get; init; } = 8192;
}
