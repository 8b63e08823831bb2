using System.Text.Json;

namespace AgentSoar.Contracts.Queries;

public sealed record AlertView(Guid Id, Guid IncidentId, string Source, DateTimeOffset ReceivedAt, JsonElement Finding);
