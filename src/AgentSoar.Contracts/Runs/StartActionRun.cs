using System.Text.Json;

namespace AgentSoar.Contracts.Runs;

/// <summary>
/// Request: run one connector action on an incident, as asked for in chat. The Coordinator makes it a one-step run
/// (playbook <c>chat-action</c>), so the action meets the approval gate, the audit trail and rollback like any
/// playbook's. Answered with <see cref="StartRunResult"/>.
/// </summary>
public sealed record StartActionRun(Guid IncidentId, string Connector, string Action, JsonElement Inputs, string RequestedBy, string Reason);
