using System.Text.Json;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>A finished run of a fault test, with the API's view of it.</summary>
public sealed record FaultRun(string Id, string IncidentId, string Status, JsonElement View);
