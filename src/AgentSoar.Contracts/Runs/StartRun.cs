using System.Text.Json;

namespace AgentSoar.Contracts.Runs;

/// <summary>Request from the console to run a playbook on an incident; answered with <see cref="StartRunResult"/>.</summary>
public sealed record StartRun(Guid IncidentId, string PlaybookId, JsonElement? Inputs, string RequestedBy);
