using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

/// <summary>
/// Fills a playbook's inputs before a run starts: the value given, else the <c>from</c> expression
/// over the alert, else the default; then checks required inputs and types. A run never starts
/// with inputs that don't fit.
/// </summary>
public static class InputResolver
{
    public static InputResolution Resolve(Playbook playbook, JsonObject? given, JsonNode? alert, JsonObject incident, ExpressionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        var errors = new List<string>();
        var inputs = new JsonObject();
        var scope = new ExpressionScope(
            new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["alert"] = alert?.DeepClone(), ["incident"] = incident.DeepClone() },
            limits);

        foreach (var name in given?.Select(p => p.Key) ?? [])
        {
            if (!playbook.Inputs.Any(i => string.Equals(i.Name, name, StringComparison.Ordinal)))
            {
                errors.Add($"input '{name}' is not declared by playbook '{playbook.Id}'");
            }
        }

        foreach (var input in playbook.Inputs)
        {
            var value = given?[input.Name]?.DeepClone();
            if (value is null && input.From is not null)
            {
                try
                {
                    value = input.From.Render(scope);
                }
                catch (ExpressionException ex)
                {
                    errors.Add($"input '{input.Name}': {ex.Message} (at {ex.Location})");
                    continue;
                }
            }

            value ??= input.Default?.DeepClone();
            if (value is null)
            {
                if (input.Required)
                {
                    errors.Add($"input '{input.Name}' is required and no value was given or found in the alert");
                }

                continue;
            }

            var typeError = CheckType(input.Type, value);
            if (typeError is not null)
            {
                errors.Add($"input '{input.Name}': {typeError}");
                continue;
            }

            inputs[input.Name] = value;
        }

        return new InputResolution(inputs, errors);
    }

    private static string? CheckType(InputType type, JsonNode value)
    {
        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : null;
        return type switch
        {
            InputType.Any => null,
            InputType.Number => kind == JsonValueKind.Number ? null : $"expected a number, got {Describe(kind)}",
            InputType.Boolean => kind is JsonValueKind.True or JsonValueKind.False ? null : $"expected true or false, got {Describe(kind)}",
            InputType.List => kind == JsonValueKind.Array ? null : $"expected a list, got {Describe(kind)}",
            InputType.Object => kind == JsonValueKind.Object ? null : $"expected an object, got {Describe(kind)}",
            InputType.Ip => text is not null && IPAddress.TryParse(text, out _) ? null : $"expected an IP address, got {Show(value)}",
            InputType.Url => text is not null && Uri.TryCreate(text, UriKind.Absolute, out _) ? null : $"expected an absolute URL, got {Show(value)}",
            InputType.Hostname => text is not null && Uri.CheckHostName(text) != UriHostNameType.Unknown ? null : $"expected a host name, got {Show(value)}",
            _ => string.IsNullOrEmpty(text) ? $"expected a non-empty string, got {Show(value)}" : null,
        };
    }

    private static string Describe(JsonValueKind kind) => kind.ToString().ToLowerInvariant();

    private static string Show(JsonNode value)
    {
        var json = value.ToJsonString();
        return json.Length <= 80 ? json : json[..80] + "…";
    }
}
