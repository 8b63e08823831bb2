using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Planning;

/// <summary>What a planner looks at: the incident's new alert (an OCSF finding) and the playbooks it may choose from.</summary>
public sealed record PlanningRequest(Guid IncidentId, JsonNode Finding, PlaybookCatalog Catalog);
