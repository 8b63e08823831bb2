using System.Text.Json.Nodes;
using AgentSoar.Intake.Errors;
using AgentSoar.Intake.Json;
using AgentSoar.Intake.Mappings;
using AgentSoar.Intake.Ocsf;
using AgentSoar.Intake.Sigma;

namespace AgentSoar.Intake;

/// <summary>
/// Turns an incoming alert (JSON text) into an OCSF Detection Finding (class_uid 2004): OCSF findings are
/// validated and passed through, Sigma matches are read natively, anything else goes through a mapping file.
/// Thread-safe; holds no state besides its catalog, clock and limits.
/// </summary>
public sealed class AlertNormalizer
{
    private readonly MappingCatalog _mappings;
    private readonly TimeProvider _time;
    private readonly AlertLimits _limits;

    /// <summary>Creates a normaliser.</summary>
    /// <param name="mappings">The mappings it may use; the shipped ones when null.</param>
    /// <param name="time">The clock, read only for alerts that carry no time; the system clock when null.</param>
    /// <param name="limits">Size and depth limits; <see cref="AlertLimits.Default"/> when null.</param>
    public AlertNormalizer(MappingCatalog? mappings = null, TimeProvider? time = null, AlertLimits? limits = null)
    {
        _mappings = mappings ?? MappingCatalog.Shipped;
        _time = time ?? TimeProvider.System;
        _limits = limits ?? AlertLimits.Default;
    }

    /// <summary>Normalises <paramref name="json"/> read as <paramref name="format"/>.</summary>
    /// <param name="json">The alert as received.</param>
    /// <param name="format">How to read it; <see cref="AlertFormat.Auto"/> when null.</param>
    /// <returns>The finding and the format used.</returns>
    /// <exception cref="AlertNormalizationException">The alert is malformed, too large, of no known format, or lacks a field its format needs; <see cref="AlertNormalizationException.Error"/> names the problem and its JSON path.</exception>
    public NormalizedAlert Normalize(string json, AlertFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var alert = AlertJson.ParseObject(json, _limits);
        var chosen = format ?? AlertFormat.Auto;
        if (chosen.Kind == AlertFormatKind.Auto)
        {
            chosen = Detect(alert);
        }

        var finding = chosen.Kind switch
        {
            AlertFormatKind.Ocsf => PassThrough(alert),
            AlertFormatKind.Sigma => SigmaAlertNormalizer.Normalize(alert, json, _limits, _time),
            _ => MappingNormalizer.Normalize(FindMapping(chosen.MappingName!), alert, json, _limits, _time),
        };
        return new NormalizedAlert(finding, chosen);
    }

    /// <summary>As <see cref="Normalize"/>, returning the error instead of throwing it.</summary>
    /// <param name="json">The alert as received.</param>
    /// <param name="format">How to read it; <see cref="AlertFormat.Auto"/> when null.</param>
    /// <param name="error">What is wrong, when it fails.</param>
    /// <returns>The normalised alert, or null.</returns>
    public NormalizedAlert? TryNormalize(string json, AlertFormat? format, out AlertNormalizationError? error)
    {
        try
        {
            error = null;
            return Normalize(json, format);
        }
        catch (AlertNormalizationException e)
        {
            error = e.Error;
            return null;
        }
    }

    private AlertFormat Detect(JsonObject alert)
    {
        if (alert.ContainsKey("class_uid"))
        {
            return AlertFormat.Ocsf;
        }

        if (alert.ContainsKey("rule") && alert.ContainsKey("event"))
        {
            return AlertFormat.Sigma;
        }

        var fitting = _mappings.Mappings.Where(m => m.FirstUnmet(alert) is null).ToList();
        if (fitting.Count == 1)
        {
            return AlertFormat.Mapping(fitting[0].Name);
        }

        if (fitting.Count > 1)
        {
            throw new AlertNormalizationException(
                AlertErrorKind.Unmappable,
                JsonPathText.Root,
                $"mappings {string.Join(" and ", fitting.Select(m => m.Name))} all match this alert; choose one with mapping:NAME");
        }

        var reasons = _mappings.Mappings.Select(m => $"{m.Name}: needs {m.FirstUnmet(alert)!.Describe()}");
        throw new AlertNormalizationException(
            AlertErrorKind.Unmappable,
            JsonPathText.Root,
            "no format fits: not OCSF (no class_uid), not a Sigma match (needs rule and event), and no mapping matches"
            + (_mappings.Mappings.Count == 0 ? " (no mappings loaded)" : " (" + string.Join("; ", reasons) + ")"));
    }

    private AlertMapping FindMapping(string name) => _mappings.Find(name)
        ?? throw new AlertNormalizationException(
            AlertErrorKind.Unmappable,
            JsonPathText.Root,
            $"no mapping named '{name}' (known: {(_mappings.Mappings.Count == 0 ? "none" : string.Join(", ", _mappings.Mappings.Select(m => m.Name)))})");

    private static JsonObject PassThrough(JsonObject alert)
    {
        var errors = OcsfFindingValidator.Validate(alert);
        if (errors.Count == 0)
        {
            return alert;
        }

        var first = errors[0];
        var message = errors.Count == 1 ? first.Message : first.Message + "; also " + string.Join("; ", errors.Skip(1).Select(e => $"{e.Path}: {e.Message}"));
        throw new AlertNormalizationException(first.Kind, first.Path, "not a usable OCSF Detection Finding: " + message);
    }
}
