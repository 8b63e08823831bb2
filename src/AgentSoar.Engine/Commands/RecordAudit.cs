using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Commands;

/// <summary>An entry for the audit trail: every decision the engine takes is one.</summary>
public sealed record RecordAudit(string Kind, string? StepId, JsonObject Data) : RunCommand;
