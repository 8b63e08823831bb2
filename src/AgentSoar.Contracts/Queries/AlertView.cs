using System.Text.Json;

namespace AgentSoar.Contracts.Queries;

public sealed record AlertView(Guid Id, string Source, DateTimeOffset ReceivedAt, JsonElement Finding);
