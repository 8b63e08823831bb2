using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Approvals;

/// <summary>Combines the policy, the action's traits and the playbook's own ask: the playbook can ask for more, never less.</summary>
public static class ApprovalRequirementEvaluator
{
    public static ApprovalRequirement Evaluate(ApprovalPolicy policy, ActionTraits? traits, ApprovalSpec? playbookAsk)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var risk = traits?.Risk ?? policy.UnknownActionRisk;
        var mutating = traits?.Mutating ?? true;
        var byPolicy = mutating ? policy.ApproversFor(risk) : 0;
        var byPlaybook = playbookAsk?.Approvers ?? 0;
        var approvers = Math.Max(byPolicy, byPlaybook);
        // The playbook can ask for more, never less: the policy's role stands when it names one, and a playbook's
        // expiry can shorten the policy's, not lengthen it.
        var role = policy.RoleByRisk.GetValueOrDefault(risk) ?? playbookAsk?.Role;
        var expiry = playbookAsk?.Expires is { } asked && asked < policy.DefaultExpiry ? asked : policy.DefaultExpiry;

        var reason = traits is null
            ? $"the action is not in the connector catalog, so it is treated as {Describe(risk)} risk"
            : !mutating ? "the action changes nothing" : $"policy requires {byPolicy} approval(s) for {Describe(risk)}-risk actions";
        if (byPlaybook > byPolicy)
        {
            reason += $"; the playbook asks for {byPlaybook}";
        }

        return new ApprovalRequirement(approvers, role, expiry, risk, reason);
    }

    private static string Describe(AgentSoar.Contracts.RiskLevel risk) => EngineJson.EnumName(risk);
}
