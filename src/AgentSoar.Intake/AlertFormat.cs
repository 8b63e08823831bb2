namespace AgentSoar.Intake;

/// <summary>An alert format as the command line and the intake API name it: <c>auto</c>, <c>ocsf</c>, <c>sigma</c> or <c>mapping:NAME</c>.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="MappingName">The mapping's name, for <see cref="AlertFormatKind.Mapping"/>.</param>
public sealed record AlertFormat(AlertFormatKind Kind, string? MappingName = null)
{
    /// <summary>Detect the format.</summary>
    public static AlertFormat Auto { get; } = new(AlertFormatKind.Auto);

    /// <summary>OCSF passthrough.</summary>
    public static AlertFormat Ocsf { get; } = new(AlertFormatKind.Ocsf);

    /// <summary>Sigma match.</summary>
    public static AlertFormat Sigma { get; } = new(AlertFormatKind.Sigma);

    /// <summary>The mapping called <paramref name="name"/>.</summary>
    /// <param name="name">The mapping's name.</param>
    /// <returns>The format.</returns>
    public static AlertFormat Mapping(string name) => new(AlertFormatKind.Mapping, name);

    /// <summary>Parses <c>auto</c>, <c>ocsf</c>, <c>sigma</c> or <c>mapping:NAME</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The format.</returns>
    /// <exception cref="FormatException">Anything else.</exception>
    public static AlertFormat Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text switch
        {
            "auto" => Auto,
            "ocsf" => Ocsf,
            "sigma" => Sigma,
            _ when text.StartsWith("mapping:", StringComparison.Ordinal) && text.Length > "mapping:".Length => Mapping(text["mapping:".Length..]),
            _ => throw new FormatException($"'{text}' is not a format: use auto, ocsf, sigma or mapping:NAME"),
        };
    }

    /// <summary>The format as it is written: <c>auto</c>, <c>ocsf</c>, <c>sigma</c>, <c>mapping:NAME</c>.</summary>
    public override string ToString() => Kind == AlertFormatKind.Mapping ? "mapping:" + MappingName : Kind.ToString().ToLowerInvariant();
}
