namespace AgentSoar.Playbooks.Model;

/// <summary>The approval a playbook asks for on an action step (<c>approval: { approvers: 1, role: responder, expires: 15m }</c>).</summary>
public sealed record ApprovalSpec(int Approvers, string? Role, TimeSpan? Expires);
