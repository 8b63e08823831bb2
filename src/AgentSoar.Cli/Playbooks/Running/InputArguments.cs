using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cli.Playbooks.Running;

/// <summary>
/// Reads <c>--input name=value</c> as the playbook declares the input: text for string, ip, url and
/// hostname inputs (so <c>--input port=443</c> for a string input stays "443"), a number for number
/// inputs, true or false for boolean ones, and JSON for list, object and any inputs (plain text when
/// it is not JSON). The engine then checks the values as it checks any run's inputs.
/// </summary>
internal static class InputArguments
{
    public static (JsonObject Inputs, IReadOnlyList<string> Errors) Parse(IEnumerable<string> arguments, Playbook playbook)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        var inputs = new JsonObject();
        var errors = new List<string>();
        foreach (var argument in arguments)
        {
            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                errors.Add($"--input '{argument}': expected name=value");
                continue;
            }

            var name = argument[..equals];
            var text = argument[(equals + 1)..];
            if (inputs.ContainsKey(name))
            {
                errors.Add($"--input '{name}' is given twice");
                continue;
            }

            var type = playbook.Inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal))?.Type ?? InputType.Any;
            var (value, error) = Read(type, text);
            if (error is not null)
            {
                errors.Add($"--input '{name}': {error}");
                continue;
            }

            inputs[name] = value;
        }

        return (inputs, errors);
    }

    private static (JsonNode? Value, string? Error) Read(InputType type, string text) => type switch
    {
        InputType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? (JsonValue.Create(number), null)
            : (null, $"expected a number, got '{text}'"),
        InputType.Boolean => bool.TryParse(text, out var flag) ? (JsonValue.Create(flag), null) : (null, $"expected true or false, got '{text}'"),
        InputType.List or InputType.Object or InputType.Any => (JsonOrText(text), null),
        _ => (JsonValue.Create(text), null),
    };

    private static JsonNode? JsonOrText(string text)
    {
        try
        {
            return JsonNode.Parse(text) ?? JsonValue.Create(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
