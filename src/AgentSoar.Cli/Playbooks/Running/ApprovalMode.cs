namespace AgentSoar.Cli.Playbooks.Running;

/// <summary>How a simulation answers the approvals the gate asks for (<c>--approve all|none</c>).</summary>
internal enum ApprovalMode
{
    /// <summary>Grant every approval: the path the run takes when analysts agree.</summary>
    All,

    /// <summary>Deny every approval: the path the run takes when they refuse.</summary>
    None,
}
