namespace AgentSoar.Cli.Playbooks.Tracing;

/// <summary>An approval the gate asked for during a simulation, and the decision the simulation gave it.</summary>
/// <param name="Required">How many distinct approvers the gate asked for.</param>
/// <param name="Role">The role they must have, if any.</param>
/// <param name="Risk">The action's risk as the gate saw it.</param>
/// <param name="Reason">Why the gate asked (policy, or the playbook's own ask).</param>
/// <param name="Decision"><c>granted</c> or <c>denied</c>.</param>
/// <param name="DecidedBy">Who decided (the simulation's <c>--approve</c> option).</param>
internal sealed record ApprovalTrace(int Required, string? Role, string Risk, string Reason, string Decision, string DecidedBy)
{
    /// <summary>For an approval step: the question it asked.</summary>
    public string? Question { get; init; }

    /// <summary>For an approval step: the answer the simulation gave (null when it refused to answer).</summary>
    public string? Answer { get; init; }
}
