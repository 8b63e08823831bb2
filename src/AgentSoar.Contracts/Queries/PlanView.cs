using System.Text.Json;

namespace AgentSoar.Contracts.Queries;

/// <summary>A recorded planning decision: the planner's candidates and what the Coordinator did with them.</summary>
public sealed record PlanView(Guid Id, Guid AlertId, string PlannerKind, DateTimeOffset CreatedAt, JsonElement Decision);
