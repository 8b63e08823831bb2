using AgentSoar.Console.Auth;
using AgentSoar.Intake;
using AgentSoar.Intake.Mappings;
using Microsoft.Extensions.Options;

namespace AgentSoar.Console.Alerts;

/// <summary>
/// The alert normaliser the API uses, with the shipped mappings plus <see cref="ApiKeyOptions.AlertMappingsPath"/>.
/// Built at start, so a broken mapping file or a key naming an unknown format stops the service with the file,
/// place or key, instead of refusing alerts later.
/// </summary>
public sealed class AlertIntake
{
    public AlertIntake(IOptions<ApiKeyOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Mappings = settings.AlertMappingsPath is { Length: > 0 } folder ? MappingCatalog.Shipped.WithFolder(folder) : MappingCatalog.Shipped;
        Normalizer = new AlertNormalizer(Mappings, clock, new AlertLimits { MaxBytes = settings.MaxAlertBytes });
        foreach (var (entry, path) in settings.Keys.Select((e, i) => (e, $"{ApiKeyOptions.Section}:Keys:{i}:AlertFormat"))
            .Concat(settings.InternalKeys.Select((e, i) => (e, $"{ApiKeyOptions.Section}:InternalKeys:{i}:AlertFormat"))))
        {
            if (entry.AlertFormat is { Length: > 0 } text && FormatProblem(text) is { } problem)
            {
                throw new InvalidOperationException($"{path}: {problem}");
            }
        }
    }

    public MappingCatalog Mappings { get; }

    public AlertNormalizer Normalizer { get; }

    /// <summary>Why <paramref name="text"/> can't be used as a format here, or null when it can.</summary>
    public string? FormatProblem(string text)
    {
        try
        {
            var format = AlertFormat.Parse(text);
            return format.Kind == AlertFormatKind.Mapping && Mappings.Find(format.MappingName!) is null
                ? $"no mapping is named '{format.MappingName}'; known: {string.Join(", ", Mappings.Mappings.Select(m => m.Name).Order(StringComparer.Ordinal))}"
                : null;
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }
    }
}
