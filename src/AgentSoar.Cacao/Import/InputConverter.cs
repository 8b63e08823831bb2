using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Cacao.Mapping;

namespace AgentSoar.Cacao.Import;

/// <summary>CACAO <c>playbook_variables</c> become AgentSoar <c>inputs</c>: a value is the default, <c>external</c> without one is required.</summary>
internal static class InputConverter
{
    public static JsonObject Convert(ImportContext context, JsonObject variables)
    {
        var inputs = new JsonObject();
        foreach (var (cacaoName, node) in variables)
        {
            var pointer = $"/playbook_variables/{cacaoName}";
            var name = VariableNames.FromCacao(cacaoName);
            if (VariableNames.ToCacao(name) != cacaoName)
            {
                context.Problems.Warning(pointer, $"variable '{cacaoName}' is named '{name}' in AgentSoar (lower case letters, digits and '_'); export writes it back as '{VariableNames.ToCacao(name)}'");
            }

            if (node is not JsonObject variable || !context.Inputs.Add(name))
            {
                context.Problems.Error(pointer, $"variable '{cacaoName}' is not a variable object, or its AgentSoar name '{name}' is taken");
                continue;
            }

            var type = VariableTypes.ToAgentSoar(WorkflowGraph.Text(variable, "type"));
            var input = new JsonObject { ["type"] = type };
            var value = WorkflowGraph.Text(variable, "value");
            if (value is not null)
            {
                input["default"] = Typed(type, value);
            }
            else if (variable["external"] is JsonValue external && external.GetValueKind() == JsonValueKind.True)
            {
                input["required"] = true;
            }

            if (WorkflowGraph.Text(variable, "description") is { } description)
            {
                input["description"] = description;
            }

            inputs[name] = input;
        }

        return inputs;
    }

    /// <summary>CACAO keeps every value as text; an AgentSoar default must fit its input's type.</summary>
    public static JsonNode? Typed(string type, string value) => type switch
    {
        "number" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        "boolean" when bool.TryParse(value, out var flag) => JsonValue.Create(flag),
        "object" or "list" when TryParse(value) is { } parsed => parsed,
        _ => JsonValue.Create(value),
    };

    private static JsonNode? TryParse(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
