using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Coordinator.Runs;

/// <summary>
/// The one-step playbook a chat action runs as. Written as YAML and loaded by the same loader as any playbook, so it
/// is checked the same way and pinned in its run (the run keeps its text, so it continues after a restart).
/// </summary>
internal static class ChatActionPlaybook
{
    public const string Id = "chat-action";

    /// <returns>The playbook, or the reason it can't be made.</returns>
    public static (Playbook? Playbook, string? Problem) For(string connector, string action, JsonElement inputs)
    {
        if (!IsName(connector) || !IsName(action))
        {
            return (null, "connector and action names are lower-case letters, digits and underscores");
        }

        if (inputs.ValueKind != JsonValueKind.Object)
        {
            return (null, "the inputs must be a JSON object");
        }

        // Inputs are literals: an expression in a value would be evaluated, so none may be there.
        if (inputs.GetRawText().Contains("${{", StringComparison.Ordinal))
        {
            return (null, "an input holds '${{', which chat actions may not carry");
        }

        var with = JsonNode.Parse(inputs.GetRawText())!.ToJsonString();
        var yaml = $"""
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata:
              id: {Id}
              name: An action asked for in chat
              version: 1
            steps:
              - id: act
                action: {connector}.{action}
                with: {with}
            """;
        var loaded = PlaybookLoader.LoadText(yaml, $"{Id} ({connector}.{action})");
        return loaded.Succeeded
            ? (loaded.Playbook, null)
            : (null, string.Join("; ", loaded.Diagnostics.Select(d => d.Message)));
    }

    private static bool IsName(string text) =>
        text.Length is > 0 and <= 64 && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
