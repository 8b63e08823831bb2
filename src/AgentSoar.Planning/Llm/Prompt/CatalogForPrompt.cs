using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Planning.Llm.Prompt;

/// <summary>The trusted part of the prompt: each playbook's id, name, description, tags and inputs (name, type, required, description).</summary>
internal static class CatalogForPrompt
{
    private const int MaxDescription = 600;

    public static string Json(PlaybookCatalog catalog) =>
        new JsonArray(catalog.All.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => (JsonNode)new JsonObject
        {
            ["id"] = p.Id,
            ["name"] = p.Metadata.Name,
            ["description"] = Trim(p.Metadata.Description),
            ["tags"] = new JsonArray(p.Metadata.Tags.Select(t => (JsonNode?)t).ToArray()),
            ["inputs"] = new JsonArray(p.Inputs.Select(i => (JsonNode)new JsonObject
            {
                ["name"] = i.Name,
                ["type"] = i.Type.ToString().ToLowerInvariant(),
                ["required"] = i.Required,
                ["filled_from_alert_when_left_out"] = i.From is not null,
                ["description"] = Trim(i.Description),
            }).ToArray()),
        }).ToArray()).ToJsonString(new JsonSerializerOptions { WriteIndented = false });

    private static string? Trim(string? text) =>
        text is null ? null : text.Length <= MaxDescription ? text.Trim() : text[..MaxDescription].Trim() + "…";
}
