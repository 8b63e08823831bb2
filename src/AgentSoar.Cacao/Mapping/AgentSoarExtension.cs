using System.Text.Json.Nodes;

namespace AgentSoar.Cacao.Mapping;

/// <summary>
/// The CACAO extension AgentSoar writes what CACAO has no words for into (a step's retry, a parallel join on any
/// branch, a step guard, a question's answer kind, the playbook's triggers and outputs), so that importing an exported
/// playbook gives back what was exported. A CACAO tool that does not know the extension ignores it, as the standard says.
/// </summary>
internal static class AgentSoarExtension
{
    public const string Type = "agentsoar";

    public static string Id { get; } = CacaoIds.For("extension-definition", "agentsoar-extension/v1");

    /// <summary>The extension definition written under the playbook's <c>extension_definitions</c>.</summary>
    public static JsonObject Definition(string createdBy) => new()
    {
        ["type"] = "extension-definition",
        ["name"] = "AgentSoar",
        ["description"] = "What an AgentSoar (agentsoar/v1) playbook says that CACAO 2.0 has no property for; see docs/decisions/0005-cacao-mapping.md.",
        ["created_by"] = createdBy,
        ["schema"] = "agentsoar/v1 CACAO extension (docs/decisions/0005-cacao-mapping.md)",
        ["version"] = "1.0.0",
    };

    /// <summary>The extension's properties on a step (or the playbook), or null when it has none.</summary>
    public static JsonObject? Read(JsonObject owner, string property) =>
        owner[property] is JsonObject extensions && extensions[Id] is JsonObject ours && ours["type"]?.GetValue<string>() == Type ? ours : null;

    /// <summary>The properties on a step, created when missing.</summary>
    public static JsonObject Ensure(JsonObject owner, string property)
    {
        if (owner[property] is not JsonObject extensions)
        {
            extensions = [];
            owner[property] = extensions;
        }

        if (extensions[Id] is not JsonObject ours)
        {
            ours = new JsonObject { ["type"] = Type };
            extensions[Id] = ours;
        }

        return ours;
    }
}
