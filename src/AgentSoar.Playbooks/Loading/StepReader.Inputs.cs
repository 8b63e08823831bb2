using System.Text.Json;
using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Loading;

/// <summary>
/// Checks an action step's <c>with</c> against the action's declared inputs: every required input is
/// given, and a plain value (not an expression, whose type is known only when it runs) has a type
/// the action takes.
/// </summary>
internal sealed partial class StepReader
{
    private void CheckInputs(MappingReader step, string connector, string action, IReadOnlyDictionary<string, ValueTemplate> with)
    {
        if (connector.Length == 0 || context.Actions?.FindActionInputSpecs(connector, action) is not { } specs)
        {
            return;
        }

        foreach (var (name, _) in specs.Where(s => s.Value.Required && !with.ContainsKey(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            context.Error(step.Get("action")!, $"action '{connector}.{action}' needs the input '{name}': add it under 'with'");
        }

        foreach (var (name, template) in with)
        {
            if (KindOf(template) is { } kind && specs.TryGetValue(name, out var spec) && spec.JsonTypes.Count > 0 && !Fits(kind, spec))
            {
                context.Error(template.Location, $"input '{name}' of '{connector}.{action}' takes {string.Join(" or ", spec.JsonTypes.Order(StringComparer.Ordinal))}, not {kind}");
            }
        }
    }

    private static bool Fits(string kind, ActionInputSpec spec) =>
        spec.JsonTypes.Contains(kind) || (kind == "integer" && spec.JsonTypes.Contains("number"));

    /// <summary>The JSON type a template will render to, or null when only running it can tell (a whole-value expression).</summary>
    private static string? KindOf(ValueTemplate template) => template switch
    {
        InterpolatedTemplate => "string",
        ListTemplate => "array",
        MapTemplate => "object",
        LiteralTemplate literal => literal.Value?.GetValueKind() switch
        {
            null or JsonValueKind.Null => "null",
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Array => "array",
            JsonValueKind.Object => "object",
            _ => literal.Value.ToJsonString().Contains('.', StringComparison.Ordinal) ? "number" : "integer",
        },
        _ => null,
    };
}
