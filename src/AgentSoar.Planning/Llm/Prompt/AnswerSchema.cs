using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Planning.Llm.Prompt;

/// <summary>
/// The JSON schema of the model's answer, strict (every property required, no others) so that endpoints with
/// structured output decode only this shape. Inputs are name/value pairs of strings because a strict schema cannot
/// have free keys; the guardrails convert each value to the input's declared type. The playbook id is an enum of
/// the catalog's ids: endpoints that honour it cannot even spell another one, and the guardrails check anyway.
/// </summary>
internal static class AnswerSchema
{
    public const string Name = "playbook_candidates";

    public const string ToolName = "propose_playbooks";

    public static JsonElement For(PlaybookCatalog catalog)
    {
        var ids = catalog.All.Select(p => p.Id).Order(StringComparer.Ordinal).Select(id => (JsonNode?)id).ToArray();
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("candidates"),
            ["properties"] = new JsonObject
            {
                ["candidates"] = new JsonObject
                {
                    ["type"] = "array",
                    ["description"] = "Playbooks that fit the alert, best first; empty when none fits.",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["additionalProperties"] = false,
                        ["required"] = new JsonArray("playbook_id", "inputs", "confidence", "rationale", "fields_used"),
                        ["properties"] = new JsonObject
                        {
                            ["playbook_id"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(ids) },
                            ["inputs"] = new JsonObject
                            {
                                ["type"] = "array",
                                ["items"] = new JsonObject
                                {
                                    ["type"] = "object",
                                    ["additionalProperties"] = false,
                                    ["required"] = new JsonArray("name", "value"),
                                    ["properties"] = new JsonObject
                                    {
                                        ["name"] = new JsonObject { ["type"] = "string" },
                                        ["value"] = new JsonObject { ["type"] = "string" },
                                    },
                                },
                            },
                            ["confidence"] = new JsonObject { ["type"] = "number", ["description"] = "From 0 to 1." },
                            ["rationale"] = new JsonObject { ["type"] = "string" },
                            ["fields_used"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                        },
                    },
                },
            },
        };
        return JsonSerializer.SerializeToElement(schema);
    }
}
