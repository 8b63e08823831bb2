using System.Text.Json.Nodes;
using AgentSoar.Contracts;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Approvals;

/// <summary>
/// Combines the policy (by the action's risk, the criticality of its most critical target and its blast radius), the
/// action's traits and the playbook's own ask: the highest count wins, so the playbook can ask for more, never less.
/// </summary>
/// <remarks>
/// Criticality and blast radius count for mutating actions only: looking up a domain controller changes nothing, so it
/// needs no approval unless the playbook asks for one.
/// </remarks>
public static class ApprovalRequirementEvaluator
{
    public static ApprovalRequirement Evaluate(ApprovalPolicy policy, ActionTraits? traits, ApprovalSpec? playbookAsk, JsonNode? inputs = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var risk = traits?.Risk ?? policy.UnknownActionRisk;
        var mutating = traits?.Mutating ?? true;
        var byRisk = mutating ? policy.ApproversFor(risk) : 0;

        var targets = mutating ? ActionTargets.From(inputs) : [];
        var asset = policy.MostCriticalTarget(targets);
        var byCriticality = asset is null ? 0 : policy.ApproversByCriticality.GetValueOrDefault(asset.Criticality);
        int? targetCount = policy.BlastRadius is { } blast && targets.Count >= blast.Targets ? targets.Count : null;
        var byBlast = targetCount is null ? 0 : policy.BlastRadius!.Approvers;
        var byPolicy = Math.Max(byRisk, Math.Max(byCriticality, byBlast));

        var byPlaybook = playbookAsk?.Approvers ?? 0;
        var approvers = Math.Max(byPolicy, byPlaybook);
        // The playbook can ask for more, never less: a role the policy names stands (the target's before the risk's, as
        // the more specific), and a playbook's expiry can shorten the policy's, not lengthen it.
        var role = (asset is null ? null : policy.RoleByCriticality.GetValueOrDefault(asset.Criticality))
            ?? policy.RoleByRisk.GetValueOrDefault(risk)
            ?? playbookAsk?.Role;
        var expiry = playbookAsk?.Expires is { } asked && asked < policy.DefaultExpiry ? asked : policy.DefaultExpiry;

        var reason = Reason(traits, risk, mutating, byPolicy, asset, targetCount);
        if (byPlaybook > byPolicy)
        {
            reason += $"; the playbook asks for {byPlaybook}";
        }

        return new ApprovalRequirement(approvers, role, expiry, risk, reason) { Asset = asset, TargetCount = targetCount };
    }

    private static string Reason(ActionTraits? traits, RiskLevel risk, bool mutating, int byPolicy, AssetMatch? asset, int? targetCount)
    {
        if (!mutating)
        {
            return "the action changes nothing";
        }

        var why = new List<string>();
        if (asset is not null)
        {
            why.Add($"target {asset.Target} is a {Describe(asset.Criticality)} asset ({asset.Asset})");
        }

        if (targetCount is { } count)
        {
            why.Add($"it names {count} distinct targets");
        }

        if (traits is null)
        {
            return string.Join("; ", why.Prepend($"the action is not in the connector catalog, so it is treated as {Describe(risk)} risk"));
        }

        // Without a target rule in play the wording stays as it always was: tests and logs compare it.
        return why.Count == 0
            ? $"policy requires {byPolicy} approval(s) for {Describe(risk)}-risk actions"
            : $"policy requires {byPolicy} approval(s): {Describe(risk)}-risk action; {string.Join("; ", why)}";
    }

    private static string Describe<TEnum>(TEnum value)
        where TEnum : struct, Enum => EngineJson.EnumName(value);
}
