using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary>A typed playbook input; <see cref="From"/> fills it from the alert when no value is given.</summary>
public sealed record InputDefinition(
    string Name,
    InputType Type,
    bool Required,
    JsonNode? Default,
    ValueTemplate? From,
    string? Description,
    SourceLocation Location);
