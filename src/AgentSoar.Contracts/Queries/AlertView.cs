using System.Text.Json;

namespace AgentSoar.Contracts.Queries;

public sealed record AlertView(Guid Id, Guid IncidentId, string Source, DateTimeOffset ReceivedAt, JsonElement Finding)
{
    /// <summary>The earlier alert this one repeats, when intake recognised it as a duplicate.</summary>
    public Guid? DuplicateOf { get; init; }
}
