using AgentSoar.Engine.Approvals;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

/// <summary>Everything the engine reads besides the run state: the pinned playbook, the policy, the catalog.</summary>
public sealed record EngineContext(Playbook Playbook, ApprovalPolicy Policy, IActionTraitsLookup Actions)
{
    public ExpressionLimits Limits { get; init; } = ExpressionLimits.Default;

    /// <summary>Where <c>playbook</c> steps find the playbooks they call; without it such a step fails.</summary>
    public IPlaybookLookup? Playbooks { get; init; }

    public TimeSpan DefaultActionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Slack the watchdog gives a connector host beyond the action's own time budget (queueing, backoff).</summary>
    public TimeSpan DispatchGrace { get; init; } = TimeSpan.FromSeconds(60);
}
