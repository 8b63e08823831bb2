using System.Text.Json;

namespace AgentSoar.Console.Runs;

/// <summary>The body of <c>POST /api/v1/incidents/{id}/runs</c>.</summary>
public sealed record StartRunRequest(string? Playbook, JsonElement? Inputs);
