using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.Planning;
using AgentSoar.Engine.Runs;
using AgentSoar.Planning.Llm.Answer;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Planning.Guardrails;

/// <summary>
/// The guardrails every model candidate passes, whatever the model said: the playbook exists in the catalog; the
/// inputs are declared and valid for their types, checked by the resolver that starts a run; every value an action
/// could target (an input of an observable type, an input whose name names a target such as <c>domain</c> or
/// <c>sender</c>, or any text that is or contains an IP address, network, hash, URL, e-mail address or domain)
/// occurs in the incident's finding; the confidence is clamped to [0, 1]; the rationale
/// and field list are bounded. A candidate that fails is dropped with the reason.
/// </summary>
public sealed class CandidateGuard
{
    private const int MaxRationale = 1000;
    private const int MaxFields = 20;
    private const int MaxField = 200;

    private static readonly HashSet<InputType> ObservableTypes = [InputType.Ip, InputType.Hostname, InputType.User, InputType.Url];

    private readonly PlaybookCatalog _catalog;
    private readonly JsonNode _finding;
    private readonly JsonObject _incident;
    private readonly IncidentEvidence _evidence;

    /// <summary>Guards candidates for <paramref name="finding"/> of incident <paramref name="incidentId"/> against <paramref name="catalog"/>.</summary>
    public CandidateGuard(PlaybookCatalog catalog, JsonNode finding, Guid incidentId)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(finding);
        _catalog = catalog;
        _finding = finding;
        _incident = new JsonObject { ["id"] = incidentId.ToString() };
        _evidence = IncidentEvidence.Of(finding);
    }

    /// <summary>Accepts <paramref name="proposed"/> as a plan candidate, or drops it with the reason.</summary>
    public GuardVerdict Check(ProposedCandidate proposed)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        var confidence = Clamp(proposed.Confidence);
        var id = Bounded(proposed.PlaybookId, 200);
        GuardVerdict Drop(string reason) => new(null, new DroppedCandidate(id, confidence, reason));

        if (proposed.Problem is not null)
        {
            return Drop(proposed.Problem);
        }

        if (_catalog.Find(proposed.PlaybookId) is not { } playbook)
        {
            return Drop($"no playbook '{id}' in the catalog");
        }

        var given = new JsonObject();
        foreach (var (name, value) in proposed.Inputs)
        {
            if (given.ContainsKey(name))
            {
                return Drop($"input '{Bounded(name, 100)}' is given twice");
            }

            var declared = playbook.Inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal));
            given[name] = declared is null ? value?.DeepClone() : InputValue.Convert(value, declared.Type);
        }

        // The same resolver that starts a run: undeclared inputs, wrong types and required inputs nobody can fill.
        var resolution = InputResolver.Resolve(playbook, given, _finding, _incident);
        if (!resolution.Succeeded)
        {
            return Drop("inputs refused: " + Bounded(string.Join("; ", resolution.Errors), 500));
        }

        if (NotInIncident(playbook, given) is { } invented)
        {
            return Drop(invented);
        }

        var fields = proposed.FieldsUsed.Select(f => Bounded(f, MaxField)).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).Take(MaxFields).ToList();
        var rationale = Bounded(proposed.Rationale, MaxRationale);
        return new GuardVerdict(
            new PlanCandidate(playbook.Id, playbook.Metadata.Version, JsonSerializer.SerializeToElement(given), confidence, rationale.Length > 0 ? rationale : "(the model gave no rationale)", fields),
            null);
    }

    /// <summary>The first input value that names something the incident does not, as a reason; null when there is none.</summary>
    private string? NotInIncident(Playbook playbook, JsonObject given)
    {
        foreach (var (name, value) in given)
        {
            var type = playbook.Inputs.First(i => i.Name == name).Type;
            foreach (var text in InputValue.Strings(value))
            {
                var kind = ObservableTypes.Contains(type) ? type.ToString().ToLowerInvariant()
                    : ObservableText.KindOf(text) ?? (ObservableText.NamesATarget(name) ? "value" : null);
                if (kind is not null && !_evidence.Contains(text))
                {
                    return $"input '{name}': the {kind} '{Bounded(text, 100)}' does not occur in the incident";
                }

                if (kind is null && ObservableText.Embedded(text).FirstOrDefault(e => !_evidence.Contains(e)) is { } embedded)
                {
                    return $"input '{name}': '{Bounded(embedded, 100)}' in its text does not occur in the incident";
                }
            }
        }

        return null;
    }

    private static double Clamp(double confidence) => double.IsFinite(confidence) ? Math.Clamp(confidence, 0, 1) : 0;

    /// <summary>Model text shown to analysts: control and format characters (bidi overrides, zero-widths) removed, length bounded.</summary>
    internal static string Bounded(string text, int max)
    {
        var clean = new StringBuilder(Math.Min(text.Length, max));
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format)
            {
                clean.Append(c is '\n' or '\t' ? ' ' : '\uFFFD');
                continue;
            }

            clean.Append(c);
        }

        var result = clean.ToString().Trim();
        return result.Length <= max ? result : result[..max] + "…";
    }
}
