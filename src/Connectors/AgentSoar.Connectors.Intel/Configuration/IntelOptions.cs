using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Connectors.Intel;

/// <summary>The intel connector's settings, under <c>AgentSoar:Connectors:intel</c>.</summary>
/// <remarks>With no source configured the connector still starts; its actions then fail with a "not configured" error.</remarks>
public sealed class IntelOptions : IValidatableObject
{
    /// <summary>The sources, by name; every lookup asks each source that handles the indicator's kind.</summary>
    public IDictionary<string, IntelSourceOptions> Sources { get; } =
        new Dictionary<string, IntelSourceOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often a lookup checks whether a feed file changed (its modification time and length). Default 30 seconds.</summary>
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest feed file read, in bytes (a larger one is refused with an error). Default 256 MiB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFeedBytes { get; set; } = 256L * 1024 * 1024;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReloadInterval < TimeSpan.Zero)
        {
            yield return new ValidationResult("must not be negative.", [nameof(ReloadInterval)]);
        }

        foreach (var (name, source) in Sources)
        {
            foreach (var (member, message) in source.Check())
            {
                yield return new ValidationResult(message, [$"Sources:{name}:{member}"]);
            }
        }
    }
}
